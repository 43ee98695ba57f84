import { createRequire } from "node:module";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { firstScreen } from "./screenshot.ts";
import { postSession } from "./steps.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// axe is added to the page as a script, which a Content-Security-Policy would refuse; the test is about colours.
test.use({ colorScheme: "dark", bypassCSP: true });

const PAGES: [name: string, path: string][] = [
  ["home", "/"],
  ["questions", "/find?pain=temple-left:7,mastoid-left:5"],
  ["results", "/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags="],
  ["results-urgent", "/find?pain=lumbar-left:6&flags=fever"],
  ["emergency", "/find?pain=chest-left:8&symptoms=sweating,breathlessness&flags="],
  ["atlas", "/atlas"],
  ["muscle", "/atlas/trapezius"],
  ["session", "/session?points=soleus-1:left&pain=heel-left:6"],
  ["history", "/history"],
  ["plan", "/plan?points=trapezius-upper-1"],
  ["workout", "/plan/workout"],
  ["factors", "/plan/factors"],
  ["reminders", "/plan/reminders"],
  ["progress", "/progress"],
  ["report", "/report"],
  ["data", "/data"],
];

/** Pages that draw charts and tables from the diary. */
const DIARY_PAGES = new Set(["history", "progress", "report"]);
let diaryFilled = false;

/** One session two days ago, so the diary pages show their charts, tables and heat maps rather than an empty state. */
async function fillDiary(request: APIRequestContext): Promise<void> {
  if (diaryFilled) return;
  const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await postSession(request, {
    startedAt: `${day}T12:00:00+00:00`,
    triggerPoint: "infraspinatus-1",
    seconds: 60,
    region: "shoulder-front-left",
    before: 6,
    after: 3,
  });
  diaryFilled = true;
}

/** The colour-contrast failures axe finds on the page, as "selector: summary" lines. */
async function contrastFailures(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  // An expression as a string: the tests are type-checked without the DOM library.
  return page.evaluate<string[]>(`axe.run(document, { runOnly: ["color-contrast"] }).then((results) =>
    results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ") + ": " + (n.failureSummary ?? ""))))`);
}

/** Relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const [name, path] of PAGES) {
  test(`dark mode follows the system and the ${name} page keeps every text legible`, async ({ page, request }, testInfo) => {
    if (DIARY_PAGES.has(name)) await fillDiary(request);
    await page.goto(path);
    await expect(page.getByRole("heading").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const background = await page.evaluate<string>("getComputedStyle(document.documentElement).backgroundColor");
    expect(luminance(background), "the page is dark").toBeLessThan(0.05);
    expect(await contrastFailures(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/dark-${name}-${testInfo.project.name}.png`, fullPage: true });
  });
}

test("the body map keeps its light figure and pain colours in dark mode", async ({ page }, testInfo) => {
  await page.goto("/?pain=temple-left:9,mastoid-left:3,heel-right:6");
  await expect(page.getByRole("group", { name: "Front of the body" })).toBeVisible();
  const paper = await page.evaluate<string>(`getComputedStyle(document.querySelector('[aria-label="Front of the body"]')).backgroundColor`);
  const region = await page.evaluate<string>(`getComputedStyle(document.querySelector('[data-region="forehead-left"]')).fill`);
  expect(luminance(paper)).toBeGreaterThan(0.9);
  expect(luminance(region)).toBeGreaterThan(0.9);
  await page.getByRole("button", { name: "Temple, left", exact: true }).click();
  await firstScreen(page, testInfo, "dark-body-map");
  await page.getByRole("button", { name: "Head and neck", exact: true }).click();
  await firstScreen(page, testInfo, "dark-body-map-head");
});

test("the menu is legible in dark mode", async ({ page }, testInfo) => {
  await page.goto("/progress");
  const menu = page.getByRole("button", { name: "Menu" });
  if (testInfo.project.name === "phone") await menu.click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" })).toBeVisible();
  expect(await contrastFailures(page)).toEqual([]);
  await firstScreen(page, testInfo, "dark-menu");
});
