import { expect, test } from "./fixtures.ts";
import { MONTH, seedMonth } from "./month-diary.ts";

/** Pages in a PDF: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.beforeEach(async ({ request }) => seedMonth(request));

test("progress draws one line per area by default, so a temple falling from 7 to 2 shows beside the buttock", async ({ page }) => {
  await page.goto(`/progress?from=${MONTH.from}&to=${MONTH.to}`);
  await expect(page.getByRole("heading", { name: "Pain over time" })).toBeVisible();
  const table = page.getByRole("table", { name: /^Pain by area/ });
  const headers = table.getByRole("columnheader");
  await expect(headers).toContainText(["Day", "Temple, left", "Upper buttock, right"]);
  await expect(headers.filter({ hasText: /all areas/i })).toHaveCount(0);
  const temple = (await headers.allTextContents()).findIndex((h) => h.startsWith("Temple"));
  const cells = table.locator(`tbody tr td:nth-child(${temple + 1})`);
  await expect(cells.first()).toHaveText("7");
  await expect(cells.last()).toHaveText("2");
  await expect(page.locator(".trend-chart canvas")).toBeVisible();
  await expect(page.locator(".progress-trend .legend")).toContainText("Temple, left");
});

test("the report of a month of use prints on two pages, sessions and notes included", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one PDF is enough: printing does not depend on the screen");
  await page.goto(`/report?from=${MONTH.from}&to=${MONTH.to}`);
  const sessions = page.getByRole("region", { name: "Sessions", exact: true });
  await expect(sessions.getByRole("row")).toHaveCount(1 + 26);
  await expect(sessions).toContainText("Day 4: slept badly");
  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(2);
    await testInfo.attach(`report-${format}.pdf`, { body: pdf, contentType: "application/pdf" });
  }
});
