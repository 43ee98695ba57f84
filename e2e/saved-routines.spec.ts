import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

test("a saved routine is listed on /plan, opens again with its steps and starts as a guided session", async ({ page }, testInfo) => {
  await page.goto("/plan?points=levator-scapulae-1");
  await page.getByRole("button", { name: "Build my routine" }).click();
  const builtHeading = page.getByRole("heading", { name: /^Routine:/, level: 2 });
  await expect(builtHeading).toBeVisible();
  const name = (await builtHeading.textContent()) ?? "";
  const stepCount = await page.locator(".plan-result .routine-step").count();
  await page.getByRole("button", { name: "Save routine" }).click();
  await expect(page.getByRole("status")).toContainText("Saved to your diary");

  await page.goto("/plan");
  const list = page.getByRole("region", { name: "Your saved routines" });
  const newest = list.locator(".saved-routine").first();
  await expect(newest.getByRole("heading", { level: 3 })).toHaveText(name);
  await expect(newest.locator(".saved-routine-summary .hint")).toHaveText(/^Saved .+ · 1 point$/);
  await screenshot(page, testInfo, "saved-routines");

  await newest.getByRole("button", { name: `Open ${name}` }).click();
  await expect(newest.getByRole("button", { name: `Close ${name}` })).toHaveAttribute("aria-expanded", "true");
  await expect(newest.locator(".routine-step")).toHaveCount(stepCount);
  await expect(newest.locator(".step-reason").first()).toContainText("Why:");
  await expect(newest.getByRole("heading", { name: "Stop rules" })).toBeVisible();
  await screenshot(page, testInfo, "saved-routine-open");

  await newest.getByRole("button", { name: `Start ${name}` }).click();
  await expect(page).toHaveURL(/\/session\?points=levator-scapulae-1:either/);
  await expect(page.getByRole("heading", { name: "Guided session" })).toBeVisible();
});
