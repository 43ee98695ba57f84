import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

test("the atlas finds muscles by the place that hurts and opens a muscle page with everything about its points", async ({
  page,
}, testInfo) => {
  await page.goto("/atlas");
  await page.getByLabel("Search muscles, or a place where it hurts").fill("temple");
  await expect(page).toHaveURL(/q=temple/);
  await expect(page.getByRole("link", { name: /Trapezius/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Gastrocnemius/ })).toHaveCount(0);
  await screenshot(page, testInfo, "atlas");
  await page.getByRole("button", { name: "Lower leg and foot" }).click();
  await page.getByLabel("Search muscles, or a place where it hurts").fill("");
  await expect(page.getByRole("link", { name: /Soleus/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Trapezius/ })).toHaveCount(0);

  await page.goto("/atlas/trapezius");
  await expect(page.getByRole("heading", { level: 1, name: "Trapezius" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Upper trapezius, point 1" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How to find it" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Treating it yourself" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  // Every technique states its pain limit, and every point how often it is the cause.
  const techniques = page.locator("#trapezius-upper-1 .treatments > li");
  await expect(techniques.first()).toBeVisible();
  for (const technique of await techniques.all()) await expect(technique.getByText(/Pain limit: [1-7]\/10/)).toBeVisible();
  await expect(page.locator("#trapezius-upper-1").getByText(/How often it is the cause:/)).toBeVisible();
  await expect(page.getByText(/not settled science/).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /Upper trapezius, point 1, back view/ })).toBeVisible();
  await screenshot(page, testInfo, "muscle");
});
