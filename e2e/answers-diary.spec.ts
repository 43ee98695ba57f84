import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";
import { untilServiceWorkerControls } from "./steps.ts";

interface Assessment {
  id: string;
  createdAt: string;
  pain: { region: string; intensity: number }[];
  flags: string[];
}
interface PressTest {
  triggerPoint: string;
  result: string;
  assessmentId?: string;
}

const nextTest = (page: Page) => page.getByRole("region", { name: /^(Press next|Test this first): / });

/**
 * The assessments saved since `since` that mark `region` (the projects share one diary, and the test before may have
 * saved its own within the same second, so each test looks only at its own drawing).
 */
async function assessmentsSince(request: APIRequestContext, since: number, region: string): Promise<Assessment[]> {
  const page = (await (await request.get("/api/assessments?limit=500")).json()) as { items: Assessment[] };
  return page.items.filter((a) => Date.parse(a.createdAt) >= since && a.pain.some((p) => p.region === region));
}

async function pressTestsOf(request: APIRequestContext, assessmentId: string): Promise<PressTest[]> {
  const page = (await (await request.get("/api/press-tests?limit=500")).json()) as { items: PressTest[] };
  return page.items
    .filter((t) => t.assessmentId === assessmentId)
    .map(({ triggerPoint, result }) => ({ triggerPoint, result }))
    .sort((a, b) => a.triggerPoint.localeCompare(b.triggerPoint));
}

/** Seconds are all an assessment's time keeps: a test's start, rounded down to its second. */
const startOfThisSecond = () => Math.floor(Date.now() / 1000) * 1000;

test("the screening answers and every press-test answer reach the diary once, and fill the report's sections", async ({
  page,
  request,
}, testInfo) => {
  const since = startOfThisSecond();
  await page.goto("/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=");
  await nextTest(page).getByRole("button", { name: "Nothing" }).click();
  await nextTest(page).getByRole("button", { name: "Yes, my familiar pain" }).click();
  // A change of mind is one record changed, not a second record.
  await page.locator(".candidate").filter({ hasText: "Upper trapezius, point 1" }).getByRole("button", { name: "Tender only" }).click();

  await expect.poll(async () => (await assessmentsSince(request, since, "temple-left")).length).toBe(1);
  const [assessment] = await assessmentsSince(request, since, "temple-left");
  expect(assessment?.pain).toEqual([
    { region: "temple-left", intensity: 7 },
    { region: "mastoid-left", intensity: 5 },
  ]);
  await expect
    .poll(() => pressTestsOf(request, assessment?.id ?? ""))
    .toEqual([
      { triggerPoint: "temporalis-2", result: "reproduces" },
      { triggerPoint: "trapezius-upper-1", result: "tender" },
    ]);

  // Taking an answer back (tapping it again) takes it out of the diary too.
  const temporalis = page.locator(".candidate").filter({ hasText: "Temporalis, front-middle point" }).first();
  await temporalis.getByRole("button", { name: "Yes, my familiar pain" }).click();
  await expect.poll(() => pressTestsOf(request, assessment?.id ?? "")).toEqual([{ triggerPoint: "trapezius-upper-1", result: "tender" }]);
  await temporalis.getByRole("button", { name: "Yes, my familiar pain" }).click();
  await expect
    .poll(() => pressTestsOf(request, assessment?.id ?? ""))
    .toEqual([
      { triggerPoint: "temporalis-2", result: "reproduces" },
      { triggerPoint: "trapezius-upper-1", result: "tender" },
    ]);

  // Reloading the results, or coming back to them, records no second assessment.
  await page.reload();
  await expect(page.locator(".candidates > li").first()).toBeVisible();
  await page.goto("/");
  const last = page.getByRole("region", { name: "Your last search" });
  await expect(last).toContainText("Temple, left; Behind the ear, left");
  await expect(last).toContainText("First on the list: Temporalis, front-middle point.");
  await screenshot(page, testInfo, "home-last-search");
  await last.getByRole("link", { name: "See its results again" }).click();
  await expect(page).toHaveURL(/pain=temple-left:7,mastoid-left:5.*tests=.*temporalis-2:reproduces/);
  await expect(page.locator(".candidates > li h3").first()).toContainText("Temporalis, front-middle point");
  expect(await assessmentsSince(request, since, "temple-left")).toHaveLength(1);

  await page.goto("/report");
  const pressTests = page.getByRole("region", { name: "Press tests", exact: true });
  await expect(pressTests.getByRole("row").filter({ hasText: "Temporalis, front-middle point" }).first()).toContainText(
    "brought on the familiar pain",
  );
  await expect(pressTests.getByRole("row").filter({ hasText: "Upper trapezius, point 1" }).first()).toContainText(
    "tender, but not the familiar pain",
  );
  const safety = page.getByRole("region", { name: "Safety notes", exact: true });
  await expect(safety).not.toContainText("No screening was saved in this period.");
  await expect(safety).toContainText("no red flags");
  await screenshot(page, testInfo, "report-press-tests");
});

test("offline, the answers wait on the device, the home page still offers the last search, and they reach the diary once online", async ({
  page,
  context,
  request,
}) => {
  await page.goto("/");
  await untilServiceWorkerControls(page);
  const since = startOfThisSecond();

  await context.setOffline(true);
  await page.goto("/find?pain=heel-left:7&flags=");
  const next = nextTest(page);
  const pressed = (await next.getByRole("heading", { level: 2 }).innerText()).replace(/^(Press next|Test this first): /, "");
  await next.getByRole("button", { name: "Yes, my familiar pain" }).click();
  await expect(page.locator(".answer-confirmation")).toContainText(`Noted: pressing ${pressed} brought on your familiar pain.`);
  await page.goto("/");
  const last = page.getByRole("region", { name: "Your last search" });
  await expect(last).toContainText("Heel, left");
  await expect(last).toContainText("Kept on this device");
  await expect(last.getByRole("link", { name: "See its results again" })).toHaveAttribute("href", /pain=heel-left:7.*tests=.*:reproduces/);

  await context.setOffline(false);
  await expect
    .poll(async () => (await assessmentsSince(request, since, "heel-left")).map((a) => a.pain))
    .toEqual([[{ region: "heel-left", intensity: 7 }]]);
  const [assessment] = await assessmentsSince(request, since, "heel-left");
  await expect.poll(async () => (await pressTestsOf(request, assessment?.id ?? "")).map((t) => t.result)).toEqual(["reproduces"]);
});

test("a search made elsewhere shows as the last search, and opening it again adds no second assessment", async ({ page, request }) => {
  // Saved as the CLI or another device would.
  const since = startOfThisSecond();
  const createdAt = new Date().toISOString().replace("Z", "+00:00");
  const saved = await request.post("/api/assessments", {
    data: { createdAt, pain: [{ region: "heel-right", intensity: 6 }], symptoms: [], flags: [] },
    headers: { "Content-Type": "application/json" },
  });
  expect(saved.status()).toBe(201);
  const { id } = (await saved.json()) as { id: string };

  await page.goto("/");
  const last = page.getByRole("region", { name: "Your last search" });
  await expect(last).toContainText("Heel, right");
  await expect(last).toContainText("First on the list:");
  await last.getByRole("link", { name: "See its results again" }).click();
  const next = nextTest(page);
  await next.getByRole("button", { name: "Nothing" }).click();
  await expect.poll(async () => (await pressTestsOf(request, id)).map((t) => t.result)).toEqual(["nothing"]);
  expect((await assessmentsSince(request, since, "heel-right")).map((a) => a.id)).toEqual([id]);
});
