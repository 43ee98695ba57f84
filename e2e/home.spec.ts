import { expect, test } from "@playwright/test";

test("home page says what Unknot is, warns it is no diagnosis and shows the body map", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Unknot");
  await expect(page.getByText(/not a diagnosis/i).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Temple, left" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Heel, right" })).toBeAttached();
  await page.screenshot({ path: `test-results/screenshots/home-${testInfo.project.name}.png`, fullPage: true });
});
