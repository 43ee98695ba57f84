import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

// Counts the notifications the page creates, passing each on to the browser's own Notification unchanged.
const COUNT_NOTIFICATIONS = `
  const Real = window.Notification;
  window.shownReminders = 0;
  const Counted = function (title, options) {
    window.shownReminders += 1;
    return new Real(title, options);
  };
  Object.defineProperty(Counted, "permission", { get: () => Real.permission });
  Counted.requestPermission = Real.requestPermission.bind(Real);
  window.Notification = Counted;
`;

const shown = (page: Page) => page.evaluate<number>("window.shownReminders");

test("one daily reminder: quiet hours refuse a late time, snooze pauses it, and settings stay on this device", async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["notifications"]);
  await page.goto("/plan/reminders");
  await expect(page.getByText("Reminders only work while Unknot is open in a browser tab.")).toBeVisible();
  await expect(page.getByText("No reminder set.")).toBeVisible();

  await page.getByLabel("Reminder time").fill("22:30");
  await page.getByRole("button", { name: "Set reminder" }).click();
  await expect(page.getByRole("alert")).toContainText("22:30 is in your quiet hours (22:00 to 07:00)");
  await page.getByLabel("Reminder time").fill("07:45");
  await page.getByRole("button", { name: "Set reminder" }).click();
  await expect(page.locator(".reminder-status")).toHaveText("Every day at 07:45.");
  await page.reload();
  await expect(page.locator(".reminder-status")).toHaveText("Every day at 07:45.");

  await page.getByRole("button", { name: "For 3 days" }).click();
  await expect(page.getByText(/reminders start again on/)).toBeVisible();
  await expect(page.locator(".reminder-status")).toContainText("snoozed until");
  await page.getByLabel("Quiet from").fill("07:00");
  await page.getByLabel("until").fill("09:00");
  await page.getByRole("button", { name: "Save quiet hours" }).click();
  await expect(page.getByRole("alert")).toContainText("Your reminder at 07:45 would fall in these quiet hours");
  await screenshot(page, testInfo, "reminders");

  await page.getByRole("button", { name: "Resume now" }).click();
  await expect(page.getByText(/reminders start again on/)).toHaveCount(0);
  await page.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText("No reminder set.")).toBeVisible();
});

test("the reminder comes once a day, and not on a day with a session already recorded", async ({ page, context, request }) => {
  await context.grantPermissions(["notifications"]);
  await page.addInitScript({ content: COUNT_NOTIFICATIONS });
  await page.clock.install({ time: new Date(2026, 8, 6, 7, 40) });
  await page.goto("/plan/reminders");
  await page.getByLabel("Reminder time").fill("07:45");
  await page.getByRole("button", { name: "Set reminder" }).click();

  await page.clock.runFor("10:00");
  await expect.poll(() => shown(page)).toBe(1);
  await page.clock.runFor("02:00:00");
  expect(await shown(page)).toBe(1);

  // The next morning's session is already in the diary, so that day's reminder stays away.
  const session = await request.post("/api/sessions", {
    data: { startedAt: "2026-09-07T07:00:00+00:00", points: [], painBefore: [], painAfter: [], notes: "Early session." },
    headers: { "content-type": "application/json" },
  });
  expect(session.status()).toBe(201);
  await page.clock.runFor("24:00:00");
  await page.waitForTimeout(500);
  expect(await shown(page)).toBe(1);
});
