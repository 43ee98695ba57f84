import type { Page, TestInfo } from "@playwright/test";

/** Saves a full-page screenshot as `test-results/screenshots/<name>-<project>.png`, to look at after a run. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}-${testInfo.project.name}.png`, fullPage: true });
}

/** Saves what the person sees first, without scrolling, as `test-results/screenshots/<name>-<project>.png`. */
export async function firstScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}-${testInfo.project.name}.png` });
}
