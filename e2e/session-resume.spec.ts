import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";
import { startSessionAndSkipFirstStep } from "./steps.ts";

test("a guided session survives a reload: it comes back paused on the same step and is saved once finished", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await startSessionAndSkipFirstStep(page);
  await page.clock.runFor(8_000);
  const stepLine = page.getByText(/^Step 2 of \d+/);
  await expect(stepLine).toBeVisible();
  const progress = page.getByRole("progressbar", { name: "Whole session" });
  const before = Number(await progress.getAttribute("aria-valuenow"));

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Picked up where you left off" })).toBeVisible();
  await expect(stepLine).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  // Paused where it was: time passing while the page was away, or now, does not count.
  const resumedAt = Number(await progress.getAttribute("aria-valuenow"));
  expect(Math.abs(resumedAt - before)).toBeLessThanOrEqual(1);
  await page.clock.runFor(60_000);
  expect(Number(await progress.getAttribute("aria-valuenow"))).toBe(resumedAt);
  await screenshot(page, testInfo, "session-resumed");

  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(30 * 60_000);
  await page.getByRole("button", { name: "Rate your pain now" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { name: "How is it now?" })).toBeVisible();
  await page.getByRole("slider", { name: "Heel, left" }).fill("2");
  await page.getByRole("button", { name: "Save to my diary" }).click();
  await expect(page.getByRole("heading", { name: "Saved to your diary" })).toBeVisible();

  // Saved once: a reload now starts afresh rather than offering the finished session again.
  await page.reload();
  await expect(page.getByRole("button", { name: "Next: rate your pain before you start" })).toBeVisible();
  await page.goto("/history");
  await expect(page.locator(".session-item").first()).toContainText("6 → 2");
});

test("a session link with a point the atlas does not know runs the others and says which was left out", async ({ page }) => {
  await page.goto("/session?points=trapezius-upper-1:left,no-such-point:left&pain=temple-left:7");
  await expect(page.getByRole("heading", { name: "Guided session" })).toBeVisible();
  await expect(page.getByText("For: Upper trapezius, point 1")).toBeVisible();
  await expect(page.locator(".notice")).toContainText('"no-such-point" is not a trigger point in the atlas, so it was left out.');
});
