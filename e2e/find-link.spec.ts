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
