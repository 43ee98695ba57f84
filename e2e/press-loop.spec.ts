import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";
import { drawTempleAndEar } from "./steps.ts";

/** The "what to press next" card, whatever it suggests. */
const nextTest = (page: Page) => page.getByRole("region", { name: /^(Press next|Test this first): / });

test("a drawing, two press answers, and the results say one point is well ahead and why", async ({ page }, testInfo) => {
  // Draw: temple at 7 (two taps), behind the ear at 5; say yes to headache, no to the safety questions.
  await page.goto("/");
  await drawTempleAndEar(page);
  await page.getByRole("button", { name: "Headache" }).click();
  await page.getByRole("button", { name: /None of the safety questions apply/ }).click();

  // Before any test: a plain confidence, and what to press next with the reason.
  const confidence = page.getByRole("region", { name: /well ahead|leads|fit about equally|likely source/ });
  await expect(confidence).toContainText(/Confidence: (high|medium|low)/);
  await expect(nextTest(page)).toContainText("Press next: Upper trapezius, point 1");
  await expect(nextTest(page)).toContainText("tells them apart best");
  await screenshot(page, testInfo, "press-loop-start");

  // First answer: pressing the upper trapezius brings on nothing. It is no longer the one to beat.
  await nextTest(page).getByRole("button", { name: "Nothing" }).click();
  await expect(page).toHaveURL(/tests=trapezius-upper-1:nothing/);
  await expect(nextTest(page)).toContainText("Press next: Temporalis, front-middle point");
  await expect(page.locator(".candidates > li h3").first()).toContainText("Temporalis, front-middle point");

  // Second answer: the temporalis brings on the familiar pain.
  await nextTest(page).getByRole("button", { name: "Yes, my familiar pain" }).click();
  await expect(page).toHaveURL(/temporalis-2:reproduces/);
  const found = page.getByRole("region", { name: "You have found a likely source: start with it" });
  await expect(found).toContainText("Confidence: high");
  await expect(found).toContainText("Temporalis, front-middle point is well ahead for your head on the left");
  await expect(found).toContainText("pressing it brought on your familiar pain");
  await expect(nextTest(page)).toHaveCount(0);
  const first = page.locator(".candidate").first();
  await expect(first).toContainText("Temporalis, front-middle point");
  await expect(first).toContainText("Your familiar pain: this point is much more likely to be a source.");
  await screenshot(page, testInfo, "press-loop-found");

  // The upper trapezius card says what "nothing" meant.
  const trapezius = page.locator(".candidate").filter({ hasText: "Upper trapezius, point 1" });
  await expect(trapezius).toContainText("did not bring on your pain, which makes it less likely");
});

test("a drawing with two separate areas says which area each candidate is for", async ({ page }, testInfo) => {
  await page.goto("/find?pain=temple-left:7,mastoid-left:5,heel-right:7,sole-right:5&symptoms=headache&flags=");
  const cards = page.locator(".candidate");
  await expect(cards.filter({ hasText: "For your head on the left" }).first()).toBeVisible();
  await expect(cards.filter({ hasText: "For your foot on the right" }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: /well ahead|leads|fit about equally/ })).toContainText("2 separate painful areas");
  await screenshot(page, testInfo, "two-areas");
});
