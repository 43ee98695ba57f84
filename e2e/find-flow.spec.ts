import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";
import { drawTempleAndEar } from "./steps.ts";

test("draw → screening → results → press test re-ranks → guided session → saved in history", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await page.goto("/");

  // Draw: temple (front view) at 7, behind the ear (back view) at 5.
  await drawTempleAndEar(page);

  // Screening comes before any result.
  await expect(page).toHaveURL(/\/find\?pain=temple-left:7,mastoid-left:5$/);
  await expect(page.getByRole("heading", { name: "Safety questions" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Trigger points that may refer/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Headache" }).click();
  await screenshot(page, testInfo, "screening");
  await page.getByRole("button", { name: /None of the safety questions apply/ }).click();

  // Results: safety first, then the expected top candidate.
  await expect(page).toHaveURL(/symptoms=headache&flags=$/);
  await expect(page.getByRole("heading", { name: "No warning signs in your answers" })).toBeVisible();
  const ranked = page.locator(".candidates > li h3");
  await expect(ranked.first()).toContainText("Upper trapezius, point 1");
  await expect(ranked.nth(1)).toContainText("Temporalis, front-middle point");
  await expect(page.locator(".candidate").first()).toContainText("Explains 2 of the 2 places you marked");
  await screenshot(page, testInfo, "results");

  // Pressing the temporalis point brings on the familiar pain: it moves to the top.
  await page
    .getByRole("group", { name: "Press test answer for Temporalis, front-middle point" })
    .getByRole("button", { name: "Yes, my familiar pain" })
    .click();
  await expect(ranked.first()).toContainText("Temporalis, front-middle point");
  await expect(page.getByRole("status").filter({ hasText: "re-ordered" })).toContainText("First now: Temporalis, front-middle point");
  await expect(page).toHaveURL(/tests=temporalis-2:reproduces/);

  // A guided session with the chosen points.
  await page.getByRole("link", { name: "Start a guided session" }).click();
  await expect(page.getByRole("heading", { name: "Guided session", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Your routine: about \d+ minutes/ })).toBeVisible();
  await screenshot(page, testInfo, "session-plan");
  await page.getByRole("button", { name: "Next: rate your pain before you start" }).click();
  await expect(page.getByRole("slider", { name: "Temple, left" })).toHaveValue("7");
  await page.getByRole("button", { name: "Go to the first step" }).click();
  await expect(page.getByText("Warm-up", { exact: false }).first()).toBeVisible();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByText("Get ready")).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(page.getByRole("progressbar", { name: "Whole session" })).not.toHaveAttribute("aria-valuenow", "0");
  await screenshot(page, testInfo, "session-run");
  await page.clock.runFor(30 * 60_000);
  await page.getByRole("button", { name: "Rate your pain now" }).click();

  // Pain after, then save to the diary.
  await expect(page.getByRole("heading", { name: "How is it now?" })).toBeVisible();
  await page.getByRole("slider", { name: "Temple, left" }).fill("3");
  await screenshot(page, testInfo, "session-after");
  await page.getByRole("button", { name: "Save to my diary" }).click();
  await expect(page.getByRole("heading", { name: "Saved to your diary" })).toBeVisible();
  await page.getByRole("link", { name: "See your history" }).click();

  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  const latest = page.locator(".session-item").first();
  await expect(latest).toContainText("Temporalis, front-middle point");
  await expect(latest).toContainText("6 → 4");
  await screenshot(page, testInfo, "history");
});
