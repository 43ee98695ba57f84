import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

// Steps several specs take the same way to reach the part they test.

/** On the body map: the left temple at 7 (two taps) and behind the left ear at 5, then on to the questions. */
export async function drawTempleAndEar(page: Page): Promise<void> {
  const temple = page.getByRole("button", { name: "Temple, left", exact: true });
  await temple.click();
  await temple.click();
  await page.getByRole("button", { name: "Behind the ear, left", exact: true }).click();
  await page.getByRole("link", { name: "Continue to symptoms and safety questions" }).click();
}

/** Opens a guided session on soleus point 1 for a left heel at 6, starts it and skips its first step. */
export async function startSessionAndSkipFirstStep(page: Page): Promise<void> {
  await page.goto("/session?points=soleus-1:left&pain=heel-left:6");
  await page.getByRole("button", { name: "Next: rate your pain before you start" }).click();
  await page.getByRole("button", { name: "Go to the first step" }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "Skip this step" }).click();
}

/** Waits until the service worker is installed and, after a reload, controls the page. */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  // (Expressions as strings: the tests are type-checked without the DOM library.)
  await page.evaluate("navigator.serviceWorker.ready.then(() => true)");
  await page.reload();
  await expect.poll(() => page.evaluate("navigator.serviceWorker.controller !== null")).toBe(true);
}

/**
 * Saves one session in the diary through the API: one trigger point worked with the fingers (pressure-pain 4) and one
 * area rated before and after. The test fails unless the server stores it.
 */
export async function postSession(
  request: APIRequestContext,
  session: { startedAt: string; triggerPoint: string; seconds: number; region: string; before: number; after: number },
): Promise<void> {
  const response = await request.post("/api/sessions", {
    data: {
      startedAt: session.startedAt,
      points: [{ triggerPoint: session.triggerPoint, method: "fingers", seconds: session.seconds, maxPain: 4 }],
      painBefore: [{ region: session.region, intensity: session.before }],
      painAfter: [{ region: session.region, intensity: session.after }],
    },
    headers: { "content-type": "application/json" },
  });
  expect(response.status()).toBe(201);
}
