import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";
import { postSession } from "./steps.ts";

// The journey runs on a browser clock the test sets, a week at a time. Each project gets its own weeks, long before
// the other tests' records (so their "newest first" lists are left alone), and the period shown ends on the last check-in.
const START = { desktop: "2025-03-03", phone: "2025-06-02" } as const;

const ACTIVITIES = ["Turning my head to reverse the car", "Sleeping on my left side", "Carrying the shopping"] as const;

function dayAfter(start: string, days: number): string {
  const date = new Date(`${start}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Sets the page's clock to 09:00 local time on `date`. */
async function setDay(page: Page, date: string): Promise<void> {
  const [year, month, day] = date.split("-").map(Number);
  await page.clock.setFixedTime(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 9, 0));
}

/** Starts the journey from no outcome measures, with one earlier session that rated the neck 7/10 (seeded through the API). */
async function freshStart(request: APIRequestContext, start: string): Promise<void> {
  const listed = (await (await request.get("/api/outcomes?limit=500")).json()) as { items: { id: string }[] };
  for (const { id } of listed.items)
    expect((await request.delete(`/api/outcomes/${id}`, { headers: { "content-type": "application/json" } })).status()).toBe(204);
  await postSession(request, {
    startedAt: `${start}T08:00:00+00:00`,
    triggerPoint: "trapezius-upper-1",
    seconds: 60,
    region: "neck-back-left",
    before: 7,
    after: 5,
  });
}

async function tapScore(page: Page, group: string | RegExp, score: number): Promise<void> {
  await page
    .getByRole("group", { name: group })
    .getByRole("radio", { name: new RegExp(`^${score}(,|$)`) })
    .check();
}

async function weeklyCheckIn(page: Page, scores: number[], pgic: string, pain: number, shot?: () => Promise<void>): Promise<void> {
  await page.goto("/progress/check-in");
  await expect(page.getByRole("heading", { name: "Weekly check-in" })).toBeVisible();
  for (const [index, activity] of ACTIVITIES.entries()) await tapScore(page, activity, scores[index] ?? 0);
  await page.getByRole("radio", { name: pgic, exact: true }).check();
  // Pain today is asked for the areas rated most recently, which other tests' records may have set: rate them all.
  const sliders = page.locator(".pain-today").getByRole("slider");
  await expect(sliders.first()).toBeVisible();
  for (const slider of await sliders.all()) await slider.fill(String(pain));
  await shot?.();
  await page.getByRole("button", { name: "Save this week's check-in" }).click();
  await expect(page.getByRole("heading", { name: "Check-in saved" })).toBeVisible();
}

test("a first PSFS, three weekly check-ins, and a meaningful change on the progress page and in the printed report", async ({
  page,
  request,
}, testInfo) => {
  const start = START[testInfo.project.name as keyof typeof START];
  await freshStart(request, start);

  // Week 0: the starting point, reached from the progress page.
  await setDay(page, start);
  await page.goto("/progress");
  await page.getByRole("link", { name: "Name what pain makes hard" }).click();
  await expect(page.getByRole("heading", { name: "What does pain make hard?" })).toBeVisible();
  // Only the first row filled, and a blank extra row: the form asks for more activities, never to remove a row.
  await page.getByLabel("Activity 1", { exact: true }).fill(ACTIVITIES[0]);
  await page.getByRole("button", { name: "Add an activity" }).click();
  await page.getByRole("button", { name: "Save my starting point" }).click();
  await expect(page.getByText("Activity 1: tap a score from 0 to 10.")).toBeVisible();
  await tapScore(page, `How well can you do “${ACTIVITIES[0]}” today?`, 2);
  await page.getByRole("button", { name: "Save my starting point" }).click();
  await expect(page.getByText("Name at least 3 activities (so far: 1).")).toBeVisible();
  // The blank fourth row stays; it is skipped when saving.
  for (const [index, activity] of ACTIVITIES.entries()) {
    await page.getByLabel(`Activity ${index + 1}`, { exact: true }).fill(activity);
    await tapScore(page, `How well can you do “${activity}” today?`, [2, 3, 3][index] ?? 0);
  }
  await screenshot(page, testInfo, "outcomes-first-psfs");
  await page.getByRole("button", { name: "Save my starting point" }).click();
  await expect(page.getByRole("heading", { name: "Starting point saved" })).toBeVisible();

  // Weeks 1 to 3: a few taps each.
  await setDay(page, dayAfter(start, 7));
  await weeklyCheckIn(page, [3, 4, 4], "A little improved", 6);
  await setDay(page, dayAfter(start, 14));
  await weeklyCheckIn(page, [5, 5, 5], "Much improved", 4);
  await setDay(page, dayAfter(start, 21));
  await weeklyCheckIn(page, [6, 7, 6], "Much improved", 3, () => screenshot(page, testInfo, "outcomes-weekly"));

  await page.getByRole("link", { name: "See your progress" }).click();
  const verdict = page.locator(".progress-outcome");
  await expect(verdict.getByText("Likely a meaningful improvement")).toBeVisible();
  await expect(verdict.getByText("7 → 3 (−4 points, −57 %)")).toBeVisible();
  await expect(verdict.getByText("2.7 → 6.3 (+3.7 points)")).toBeVisible();
  await expect(verdict.getByText(/Much improved \(6 of 7\)/)).toBeVisible();
  await verdict.getByText("How this is judged, and the sources").click();
  await expect(verdict.getByText(/Farrar JT.*Pain\. 2001/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can do" })).toBeVisible();
  await expect(page.locator(".progress-function svg.trend-svg")).toHaveAttribute("aria-label", /Average activity score/);
  await page.getByRole("button", { name: "3 sessions a week" }).click();
  await expect(page.getByText("Your weekly goal: 3 sessions a week.")).toBeVisible();
  await screenshot(page, testInfo, "outcomes-progress");

  await page.getByRole("link", { name: "Report for a clinician" }).click();
  const report = page.locator(".report");
  await expect(report.getByRole("heading", { name: "Function and meaningful change" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".report-controls")).toBeHidden();
  await expect(report.getByText("Likely a meaningful improvement")).toBeVisible();
  await expect(report.locator(".psfs-table")).toContainText("Turning my head to reverse the car");
  await expect(report.locator(".psfs-average")).toContainText("6.3");
  await expect(report.getByText(/Stratford P, Gill C/)).toBeVisible();
  await expect(report.getByText("Weekly goal set by the person: 3 sessions a week.", { exact: false })).toBeVisible();
  await screenshot(page, testInfo, "outcomes-report-print");
});

test("after three weeks without a meaningful change, the progress page says so plainly and suggests re-checking", async ({
  page,
  request,
}, testInfo) => {
  const start = { desktop: "2025-09-01", phone: "2025-12-01" }[testInfo.project.name] ?? "2025-09-01";
  await freshStart(request, start);
  const post = async (path: string, data: unknown) =>
    expect((await request.post(path, { data, headers: { "content-type": "application/json" } })).status()).toBe(201);
  for (const [days, scores, pain] of [
    [0, [3, 4, 3], 6],
    [21, [4, 4, 4], 6],
  ] as const) {
    const takenAt = `${dayAfter(start, days)}T09:00:00+00:00`;
    await post("/api/outcomes", { measure: "psfs", takenAt, items: ACTIVITIES.map((activity, i) => ({ activity, score: scores[i] })) });
    await post("/api/check-ins", { recordedAt: takenAt, ratings: [{ region: "neck-back-left", intensity: pain }] });
  }
  await post("/api/outcomes", { measure: "pgic", takenAt: `${dayAfter(start, 21)}T09:05:00+00:00`, score: 5 });

  await setDay(page, dayAfter(start, 21));
  await page.goto("/progress");
  const verdict = page.locator(".progress-outcome");
  await expect(verdict.getByText("No meaningful change yet")).toBeVisible();
  await expect(verdict.getByText(/After about three weeks there is no change big enough to matter/)).toBeVisible();
  await expect(verdict.getByRole("link", { name: "Check the drawing again on the body map" })).toHaveAttribute("href", "/");
  await screenshot(page, testInfo, "outcomes-no-change");
});
