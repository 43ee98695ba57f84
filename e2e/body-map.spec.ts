import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { firstScreen, screenshot } from "./screenshot.ts";

const region = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

// The focused element, its tag and accessible name as a screen reader would build it from its label (an expression as a
// string: the tests are type-checked without the DOM library).
const FOCUSED_STOP = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const labelled = el.getAttribute("aria-labelledby");
  const name =
    el.getAttribute("aria-label") ??
    (labelled ? document.getElementById(labelled)?.textContent : null) ??
    el.labels?.[0]?.textContent ??
    el.textContent;
  return { tag: el.tagName.toLowerCase(), name: (name ?? "").trim(), inMap: Boolean(el.closest(".map-section")) };
})()`;

async function shortSide(target: Locator): Promise<number> {
  const box = await target.boundingBox();
  return Math.min(box?.width ?? 0, box?.height ?? 0);
}

test("on the phone the drawing comes first, before the longer text", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "a phone layout");
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Front of the body" })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("group", { name: "Back of the body" })).toBeInViewport({ ratio: 1 });
  await firstScreen(page, testInfo, "home-first-screen");
});

test("every part of the body has a close-up in which its areas are at least 44 px across", async ({ page }, testInfo) => {
  await page.goto("/");
  const checks: [string, string[]][] = [
    ["Head and neck", ["Temple, left", "Lower teeth, right", "Jaw joint (in front of the ear), left", "Behind the ear, right"]],
    ["Shoulders and chest", ["Outer shoulder, left", "Top of the shoulder (trapezius ridge), right"]],
    ["Arms", ["Inner elbow (medial epicondyle), left", "Outer elbow (lateral epicondyle), right"]],
    ["Hands", ["Little finger, left", "Index finger, right"]],
    ["Belly and back", ["Tailbone", "Sacrum"]],
    ["Hips and thighs", ["Side of the hip (greater trochanter), left", "Inner thigh, right"]],
    ["Knees and legs", ["Outer knee, right", "Inner knee, left"]],
    ["Feet", ["Inner ankle, left", "Ball of the foot, right"]],
  ];
  for (const [zoom, names] of checks) {
    await page.getByRole("button", { name: zoom, exact: true }).click();
    for (const name of names) {
      const target = region(page, name).first();
      await target.scrollIntoViewIfNeeded();
      expect(await shortSide(target), `${name} in "${zoom}"`).toBeGreaterThanOrEqual(44);
    }
    if (zoom === "Head and neck") await screenshot(page, testInfo, "body-map-head");
  }
  await region(page, "Inner ankle, left").first().click();
  await expect(region(page, "Inner ankle, left").first()).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, testInfo, "body-map-feet");
});

test("the pain level control sits beside the drawing, never over it, and Escape closes it", async ({ page }, testInfo) => {
  await page.goto("/");
  const temple = region(page, "Temple, left");
  await temple.click();
  const panel = page.getByRole("group", { name: "Pain level for Temple, left" });
  await expect(panel).toBeVisible();
  const panelBox = await panel.boundingBox();
  for (const figure of await page.locator(".body-pane svg").all()) {
    const box = await figure.boundingBox();
    const overlap =
      panelBox &&
      box &&
      panelBox.x < box.x + box.width &&
      box.x < panelBox.x + panelBox.width &&
      panelBox.y < box.y + box.height &&
      box.y < panelBox.y + panelBox.height;
    expect(overlap, "the control overlaps a figure").toBeFalsy();
  }
  await screenshot(page, testInfo, "body-map-marked");
  await page.getByRole("slider", { name: /How much does it hurt/ }).focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(temple).toBeFocused();
  await expect(temple).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
});

test("tapping and Space do the same: mark at 5, then raise the level, and select the area", async ({ page }) => {
  await page.goto("/");
  const tapped = region(page, "Temple, left");
  await tapped.click();
  await tapped.click();
  const keyed = region(page, "Temple, right");
  await keyed.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Space");
  await expect(page.getByText("Temple, left: severe pain, 7 out of 10")).toBeVisible();
  await expect(page.getByText("Temple, right: severe pain, 7 out of 10")).toBeVisible();
  await expect(page.getByRole("group", { name: "Pain level for Temple, right" })).toBeVisible();
});

test("every stop of the keyboard's tab order through the map has a name", async ({ page }) => {
  await page.goto("/");
  await region(page, "Temple, left").click();
  await region(page, "Behind the ear, left").click();
  await page.getByRole("button", { name: "Whole body", exact: true }).focus();
  const seen: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate<{ tag: string; name: string; inMap: boolean } | null>(FOCUSED_STOP);
    if (!stop?.inMap) break;
    expect(stop.name, `tab stop ${i + 1} (${stop.tag})`).not.toBe("");
    seen.push(stop.name);
  }
  expect(seen).toContain("Temple, left");
  expect(seen.length).toBeGreaterThan(3);
});
