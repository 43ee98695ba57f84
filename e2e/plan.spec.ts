import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

/** From a clean device: asks for the routine after running, recovery phase, with both calves rated sore. */
async function askForRecoveryAfterRunningWithSoreCalves(page: Page) {
  await page.goto("/plan/workout");
  await page.evaluate("localStorage.clear()");
  await page.reload();
  await page.getByRole("button", { name: "Running" }).click();
  await page.getByRole("button", { name: "After: recovery" }).click();
  await page.getByRole("group", { name: "Calf, both sides" }).getByRole("button", { name: "Sore" }).click();
  await page.getByRole("button", { name: "Get my routine" }).click();
}

test("a routine built from points shows each step's reason, saves, prints on one page and starts the guided session", async ({
  page,
}, testInfo) => {
  await page.goto("/plan?points=trapezius-upper-1,levator-scapulae-1");
  await expect(page.getByText("Upper trapezius, point 1").first()).toBeVisible();
  await page.getByRole("button", { name: "Build my routine" }).click();
  await expect(page.getByRole("heading", { name: /^Routine:/, level: 2 })).toBeVisible();
  await expect(page.locator(".step-reason").first()).toContainText("Why:");
  await expect(page.getByRole("heading", { name: "What your diary says" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stop rules" })).toBeVisible();
  await page.getByRole("button", { name: "Save routine" }).click();
  await expect(page.getByRole("status")).toContainText("Saved to your diary");
  await screenshot(page, testInfo, "plan");

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".plan-controls")).toBeHidden();
  await expect(page.getByRole("button", { name: "Start this routine" })).toBeHidden();
  await expect(page.getByRole("heading", { name: /^Routine:/, level: 2 })).toBeVisible();
  await screenshot(page, testInfo, "plan-print");
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: "Start this routine" }).click();
  await expect(page).toHaveURL(/\/session\?points=trapezius-upper-1:either,levator-scapulae-1:either/);
  await expect(page.getByRole("heading", { name: "Guided session" })).toBeVisible();
});

test("a routine for the front of the neck and the back of the knee warms the areas next to them, never the zones themselves", async ({
  page,
}, testInfo) => {
  await page.goto("/plan?points=sternocleidomastoid-sternal-1,gastrocnemius-3");
  await page.getByRole("button", { name: "Build my routine" }).click();
  await expect(page.getByRole("heading", { name: /^Routine:/, level: 2 })).toBeVisible();
  const routine = page.locator("main");
  await expect(routine.getByText(/^Warm-up: where neck meets shoulder$/)).toBeVisible();
  await expect(routine.getByText(/^Warm-up: calf$/)).toBeVisible();
  await expect(
    routine
      .getByText("Keep your hand off the back of the knee.", { exact: false })
      .or(routine.getByText("Keep the ball off the back of the knee.", { exact: false })),
  ).toBeVisible();
  const text = await routine.innerText();
  expect(text).not.toMatch(/Warm-up: (back of the knee|front and side of the neck)/);
  expect(text).not.toMatch(/Rub the skin over the (back of the knee|front and side of the neck)/);
  expect(text).not.toContain("..");
  await routine.getByText(/^Warm-up: calf$/).scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, "plan-warm-up-next-door");
});

test("preferences are remembered on this device and the pain ceiling stops at 7", async ({ page }) => {
  await page.goto("/plan?points=soleus-1");
  const ceiling = page.getByRole("slider", { name: /Most pressure-pain allowed/ });
  await expect(ceiling).toHaveAttribute("max", "7");
  await ceiling.fill("3");
  await page.getByLabel("How often a day").selectOption("2");
  await page.reload();
  await expect(page.getByRole("slider", { name: /Most pressure-pain allowed/ })).toHaveValue("3");
  await expect(page.getByLabel("How often a day")).toHaveValue("2");
});

test("a workout routine runs, is rated worse and saved to the diary, and the next suggestion is lighter; the next-day check-in is saved", async ({
  page,
  request,
}, testInfo) => {
  await page.clock.install();
  await askForRecoveryAfterRunningWithSoreCalves(page);
  await expect(page.getByRole("heading", { name: "After running" })).toBeVisible();
  await expect(page.getByText("Adjusted for how the last one went")).toHaveCount(0);
  await screenshot(page, testInfo, "workout");

  await page.getByRole("button", { name: "Start this routine" }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.clock.runFor(30 * 60_000);
  await page.getByRole("button", { name: "Rate your pain now" }).click();
  await page.getByRole("slider", { name: /Strongest pressure-pain/ }).fill("4");
  await screenshot(page, testInfo, "workout-rate");
  await page.getByRole("group", { name: "Compared with before the routine" }).getByRole("button", { name: "Worse" }).click();
  await expect(page.getByText(/Last routine, “After running”: worse right after/)).toBeVisible();
  await expect(page.getByText("The routine and the points you worked are saved in your diary.")).toBeVisible();
  const sessions = await (await request.get("/api/sessions?limit=20")).json();
  const workoutSession = sessions.items.find((item: { notes?: string }) => item.notes?.includes('Workout routine "After running": worse'));
  expect(workoutSession.points.length).toBeGreaterThan(0);
  expect(workoutSession.points.every((p: { maxPain: number }) => p.maxPain === 4)).toBe(true);

  await page.getByRole("button", { name: "Get the next suggestion" }).click();
  await expect(page.getByRole("heading", { name: "Adjusted for how the last one went" })).toBeVisible();
  await expect(page.locator(".adjusted")).toContainText("lighter doses");
  await expect(page.locator(".adjusted")).toContainText("Last time:");

  const checkIn = page.locator(".next-day");
  await checkIn.getByRole("button", { name: "Worse" }).click();
  await checkIn.getByRole("slider").first().fill("4");
  await checkIn.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText(/worse the next day/)).toBeVisible();
  const saved = await (await request.get("/api/check-ins?limit=5")).json();
  expect(saved.items.some((item: { notes?: string }) => item.notes?.includes('Day after "After running"'))).toBe(true);

  await page.getByRole("button", { name: /Get the next suggestion|Suggest again/ }).click();
  await expect(page.locator(".adjusted")).toContainText("lighter, shorter and has fewer points");
  await screenshot(page, testInfo, "workout-adjusted");
});

test("a workout rated on both calves says to do both legs, and one stopped before any point ends is still saved, saying so", async ({
  page,
  request,
}) => {
  await askForRecoveryAfterRunningWithSoreCalves(page);
  await expect(page.getByText(/You rated the calf sore on both sides\. Do both legs/).first()).toBeVisible();
  await expect(page.getByText(/left calf/)).toHaveCount(0);
  await expect(page.getByText(/work the calf points on both legs/)).toBeVisible();

  await page.getByRole("button", { name: "Start this routine" }).click();
  await page.getByRole("button", { name: "End the session early" }).click();
  await page.getByRole("group", { name: "Compared with before the routine" }).getByRole("button", { name: "About the same" }).click();
  await expect(page.getByText("The routine and the points you worked are saved in your diary.")).toBeVisible();
  const sessions = await (await request.get("/api/sessions?limit=20")).json();
  const stopped = sessions.items.find((item: { notes?: string }) => /Stopped early: 0 of \d+ steps done\./.test(item.notes ?? ""));
  expect(stopped?.notes).toMatch(/^Workout routine "After running": about the same right after\./);
  expect(stopped?.points).toEqual([]);
});

test("the perpetuating-factor questionnaire gives advice labelled by its evidence", async ({ page }, testInfo) => {
  await page.goto("/plan/factors?points=trapezius-upper-1");
  await page.getByRole("radio", { name: "More than 8 hours" }).check();
  await page.getByRole("radio", { name: "I wake often, or pain wakes me" }).check();
  await page.getByRole("button", { name: "Show my advice" }).click();
  await expect(page.getByRole("heading", { name: "Your advice" })).toBeVisible();
  await expect(page.locator(".evidence").first()).toHaveText(/evidence|opinion/);
  await expect(page.getByRole("heading", { name: /Sleep/ })).toBeVisible();
  await screenshot(page, testInfo, "factors");
});
