import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

/** The local date `days` before today, as the app computes "today" (the browser runs on this machine's clock). */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function recordSessions(request: APIRequestContext): Promise<void> {
  for (const [days, before, after] of [
    [9, 7, 4],
    [5, 6, 4],
    [2, 4, 2],
  ] as const) {
    const response = await request.post("/api/sessions", {
      data: {
        startedAt: `${daysAgo(days)}T12:00:00+00:00`,
        points: [{ triggerPoint: "trapezius-upper-1", method: "fingers", seconds: 60, maxPain: 4 }],
        painBefore: [
          { region: "temple-left", intensity: before },
          { region: "neck-back-left", intensity: before - 1 },
        ],
        painAfter: [
          { region: "temple-left", intensity: after },
          { region: "neck-back-left", intensity: after },
        ],
      },
    });
    expect(response.status()).toBe(201);
  }
}

test("a period with nothing recorded says so and offers a longer period", async ({ page }) => {
  await page.goto("/progress?from=2001-01-01&to=2001-01-31");
  await expect(page.getByRole("heading", { name: /Nothing (recorded from|in your diary yet)/ })).toBeVisible();
});

test("after sessions are recorded, progress shows the trend chart, the heat map front and back, adherence and each point's effect", async ({
  page,
  request,
}, testInfo) => {
  await recordSessions(request);
  await page.goto("/progress?region=temple-left");
  await expect(page.getByRole("heading", { name: "Pain over time" })).toBeVisible();
  await expect(page.locator(".trend-chart canvas")).toBeVisible();
  const front = page.locator('svg[data-view="front"]');
  const back = page.locator('svg[data-view="back"]');
  await expect(front).toHaveAttribute("aria-label", /Temple, left \d/);
  await expect(back).toHaveAttribute("aria-label", /Back of the neck, left \d/);
  await expect(page.locator("[data-heat]").first()).toBeAttached();
  await expect(page.getByRole("heading", { name: "Sessions per week" })).toBeVisible();
  await expect(page.locator(".effect h3", { hasText: "Upper trapezius, point 1" })).toBeVisible();
  await expect(page.getByText(/points? less pain after, on average/).first()).toBeVisible();
  await screenshot(page, testInfo, "progress");

  await page.getByRole("button", { name: "1 year" }).click();
  await expect(page).toHaveURL(/period=1y/);
  await expect(page.locator(".trend-chart canvas")).toBeVisible();
});

test("with two areas charted, the progress page is no wider than the screen (a phone does not zoom out)", async ({ page, request }) => {
  await recordSessions(request);
  await page.goto("/progress");
  await expect(page.locator(".trend-chart canvas")).toBeVisible();
  await expect(page.getByRole("table", { name: "Pain by area, day by day" })).toBeAttached();
  const pageWidth = await page.evaluate<number>("document.documentElement.scrollWidth");
  // Against the device's width: once the page overflows, a phone zooms out and window.innerWidth grows with it.
  expect(pageWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  expect(await page.evaluate<number>("window.innerWidth")).toBe(page.viewportSize()?.width);
});

test("the report hides its controls when printed and keeps both body figures", async ({ page, request }, testInfo) => {
  await recordSessions(request);
  await page.goto("/report");
  await expect(page.getByRole("heading", { name: /Self-treatment diary/ })).toBeVisible();
  await expect(page.getByText("Unknot is not a diagnosis")).toBeVisible();
  await page.getByRole("checkbox", { name: "Press tests" }).uncheck();
  await expect(page.getByRole("heading", { name: "Press tests" })).toHaveCount(0);
  await screenshot(page, testInfo, "report");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator(".report-controls")).toBeHidden();
  for (const view of ["front", "back"]) {
    const figure = page.locator(`.report svg[data-view="${view}"]`);
    await expect(figure).toBeVisible();
    const box = await figure.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(150);
  }
  await expect(page.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();
  await screenshot(page, testInfo, "report-print");
});

test("the data page downloads a backup, refuses a file that is not one with the reason, and asks before replacing", async ({
  page,
  request,
}, testInfo) => {
  await recordSessions(request);
  await page.goto("/data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Backup (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^unknot-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(backup.format).toBe("unknot-backup");
  expect(backup.sessions.length).toBeGreaterThan(0);

  const file = page.getByLabel("Backup file");
  await file.setInputFiles({ name: "holiday-photos.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole("alert")).toContainText("holiday-photos.json could not be imported");
  await expect(page.getByRole("alert")).toContainText("This file is not an Unknot backup: it is JSON, but not from Unknot.");
  await expect(page.getByRole("alert")).not.toContainText(/imported\. (backup|format):/);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Sessions (CSV)" }).click()]);
  // The page says "one row per session", and so does the file.
  await expect(page.getByText(/^One row per session, for a spreadsheet/)).toBeVisible();
  const csvText = await readFile(await csv.path(), "utf8");
  const sessions = (await (await request.get("/api/sessions?limit=500")).json()) as { items: unknown[] };
  expect(csvText.trim().split("\r\n")).toHaveLength(1 + sessions.items.length);
  await file.setInputFiles({ name: "sessions.csv", mimeType: "text/csv", buffer: Buffer.from(csvText) });
  await expect(page.getByRole("alert")).toContainText(
    "sessions.csv could not be imported. This file is a CSV export (a table for spreadsheets): it cannot be imported. Import takes a JSON backup",
  );
  await expect(page.getByRole("alert")).not.toContainText("not valid JSON");

  await file.setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole("alertdialog", { name: "Replace your diary?" })).toBeVisible();
  await screenshot(page, testInfo, "data");
  await page.getByRole("button", { name: "Keep my diary" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  // Replacing saves the diary on the server first and says where, and how to go back to it.
  await file.setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByRole("button", { name: "Replace my diary" }).click();
  const done = page.getByRole("status").filter({ hasText: "Backup restored." });
  await expect(done).toBeVisible();
  await expect(done).toContainText(/saved on the server as \S*backups\/diary-[\dT:.Z-]+\.json/);
  await expect(done).toContainText(/unknot import --backup diary-/);
  await screenshot(page, testInfo, "data-replaced");
});

test("a session deleted on the history page is gone from the diary", async ({ page, request }) => {
  await recordSessions(request);
  const count = async () => ((await (await request.get("/api/sessions?limit=500")).json()) as { items: unknown[] }).items.length;
  const before = await count();
  await page.goto("/history");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete" }).first().click();
  await expect.poll(count).toBe(before - 1);
});
