import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

test("a shared /find link with flags shows the results straight away", async ({ page }) => {
  await page.goto("/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=");
  await expect(page.getByRole("heading", { name: "No warning signs in your answers" })).toBeVisible();
  await expect(page.locator(".candidates > li h3").first()).toContainText("Upper trapezius, point 1");
  await expect(page.getByText("Temple, left: 7/10")).toBeVisible();
});

test("a /find link without flags asks the safety questions first, keeping the symptoms", async ({ page }) => {
  await page.goto("/find?pain=temple-left:7&symptoms=headache");
  await expect(page.getByRole("heading", { name: "Safety questions" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Headache" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".candidates")).toHaveCount(0);
});

test("a link with an unknown area says what was left out", async ({ page }) => {
  await page.goto("/find?pain=temple-left:7,elbow-nowhere:3&flags=");
  await expect(page.getByText('"elbow-nowhere" is not an area of the body map')).toBeVisible();
  await expect(page.locator(".candidates > li").first()).toBeVisible();
});

test("a screening answer that cannot be read asks the safety questions again, never showing an all-clear", async ({ page }, testInfo) => {
  await page.goto("/find?pain=temple-left:5&flags=bogus");
  await expect(page.getByRole("heading", { name: "Safety questions" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    'The safety questions are asked again because part of the answers could not be read: "bogus".',
  );
  await expect(page.getByRole("heading", { name: "No warning signs in your answers" })).toHaveCount(0);
  await expect(page.locator(".candidates")).toHaveCount(0);
  await screenshot(page, testInfo, "find-unreadable-flags");
});

test("a link whose painful areas all cannot be used says why for each, beside the way to the body map", async ({ page }, testInfo) => {
  await page.goto("/find?pain=templ-left:5,temple-left:99&flags=");
  await expect(page.getByRole("heading", { name: "Nothing is marked yet" })).toBeVisible();
  const notes = page.getByRole("status");
  await expect(notes).toContainText('"templ-left" is not an area of the body map (did you mean temple-left');
  await expect(notes).toContainText('The pain level "99" for temple-left must be a number from 0 to 10');
  await expect(page.getByRole("link", { name: "Open the body map" })).toBeVisible();
  await screenshot(page, testInfo, "find-nothing-usable");
});

test("the body map opened from a link with an unknown area says what was left out", async ({ page }) => {
  await page.goto("/?pain=templ-left:5");
  await expect(page.getByRole("heading", { name: "Where does it hurt?" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText('"templ-left" is not an area of the body map');
});

test("a candidate for a single marked place speaks of that place, not of '1 of the place'", async ({ page }) => {
  await page.goto("/find?pain=heel-right:6&symptoms=joint-stiffness-morning&flags=&age=45&weeks=10");
  const first = page.locator(".candidate").first();
  await expect(first).toContainText("Explains the place you marked");
  await expect(page.getByText(/of the place you marked/)).toHaveCount(0);
});

test("an emergency fills the screen with what to do and offers no trigger points", async ({ page }, testInfo) => {
  await page.goto("/find?pain=chest-left:8&symptoms=sweating,breathlessness&flags=");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { name: "Call emergency services now" })).toBeVisible();
  await expect(alert).toContainText("heart attack");
  await expect(page.locator(".candidates")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start a guided session" })).toHaveCount(0);
  await screenshot(page, testInfo, "emergency");
});

test("an urgent verdict keeps the candidates for information but offers no session", async ({ page }) => {
  await page.goto("/find?pain=lumbar-left:6&flags=fever");
  await expect(page.getByRole("heading", { name: /medical care today|clinician/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a guided session" })).toHaveCount(0);
});

test("changing the answers brings the questions back ticked as they were, and unticking one updates the results", async ({ page }) => {
  await page.goto("/find?pain=lumbar-left:6&symptoms=stiffness&flags=fever&age=40");
  await expect(page.getByRole("heading", { name: /medical care today|clinician/ })).toBeVisible();
  await page.getByRole("link", { name: "Change the answers" }).click();
  await expect(page.getByRole("heading", { name: "A few questions first" })).toBeVisible();
  const fever = page.getByRole("checkbox", { name: /fever/i });
  await expect(fever).toBeChecked();
  await expect(page.getByRole("button", { name: "Stiffness", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("Your age in years")).toHaveValue("40");
  await fever.uncheck();
  await page.getByRole("button", { name: /show my results/ }).click();
  await expect(page).toHaveURL(/flags=(&|$)/);
  await expect(page).not.toHaveURL(/change=answers/);
  await expect(page.getByRole("heading", { name: "No warning signs in your answers" })).toBeVisible();
});

test("a caution such as pregnancy is no all-clear: the verdict's heading says to take care, above what to take care of", async ({
  page,
}) => {
  await page.goto("/find?pain=calf-left:5&flags=pregnant");
  const verdict = page.getByRole("region", { name: "No warning signs, but take care" });
  await expect(verdict).toBeVisible();
  await expect(verdict.getByRole("heading", { name: "Take care", exact: true })).toBeVisible();
  await expect(verdict.locator("li").first()).toContainText(/pregnan/i);
  await expect(page.getByRole("heading", { name: "No warning signs in your answers" })).toHaveCount(0);
});
