import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { firstScreen } from "./screenshot.ts";
import { startSessionAndSkipFirstStep } from "./steps.ts";

// Expressions as strings: the tests are type-checked without the DOM library.
const scrollY = (page: Page) => page.evaluate<number>("window.scrollY");

test("answering the questions opens the results at the top, with focus on the page's heading", async ({ page }, testInfo) => {
  await page.goto("/find?pain=temple-left:7,mastoid-left:5");
  const submit = page.getByRole("button", { name: /show my results/ });
  await submit.scrollIntoViewIfNeeded();
  expect(await scrollY(page)).toBeGreaterThan(0);
  await submit.click();
  const heading = page.getByRole("heading", { level: 1, name: "What may be behind your pain" });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole("heading", { name: "No warning signs in your answers" })).toBeVisible();
  expect(await scrollY(page)).toBe(0);
  await firstScreen(page, testInfo, "results-top");
});

test("a press test answer stays on the page it changes; going back, or reloading, returns to where the person was", async ({ page }) => {
  await page.goto("/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=");
  const answers = page.getByRole("group", { name: "Press test answer for Temporalis, front-middle point" });
  await answers.scrollIntoViewIfNeeded();
  expect(await scrollY(page)).toBeGreaterThan(100);
  const yes = answers.getByRole("button", { name: "Yes, my familiar pain" });
  await yes.click();
  await expect(page).toHaveURL(/tests=temporalis-2:reproduces/);
  // An answer re-ranks the same results: no jump to the top and no focus taken from the person's place.
  expect(await scrollY(page)).toBeGreaterThan(100);
  await expect(page.getByRole("heading", { level: 1 })).not.toBeFocused();

  // Followed from where the person is (a click would first scroll the link into view).
  const place = await scrollY(page);
  await page.getByRole("link", { name: "Change the answers" }).dispatchEvent("click");
  await expect(page.getByRole("heading", { level: 1, name: "A few questions first" })).toBeFocused();
  expect(await scrollY(page)).toBe(0);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "What may be behind your pain" })).toBeVisible();
  await expect.poll(() => scrollY(page)).toBe(place);
  await page.reload();
  await expect.poll(() => scrollY(page)).toBe(place);
});

test("every page is in the menu and every menu link fits on the screen", async ({ page }, testInfo) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  const phone = testInfo.project.name === "phone";
  if (phone) {
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Report" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
  } else {
    await expect(menu).toBeHidden();
  }
  const width = page.viewportSize()?.width ?? 0;
  for (const name of ["Body map", "Atlas", "History", "Plan", "Progress", "Report", "Your data"]) {
    const link = nav.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width && box.height >= 44, `${name} fits and is tall enough`).toBe(true);
  }
  await firstScreen(page, testInfo, phone ? "menu-open" : "menu");
  await nav.getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Your data/ })).toBeFocused();
  if (phone) {
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
  }
  await expect(nav.getByRole("link", { name: "Your data" })).toHaveAttribute("aria-current", "page");
  if (phone) {
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
  }
});

test("changing the drawing keeps the age and weeks already given", async ({ page }) => {
  await page.goto("/find?pain=lumbar-left:6");
  await page.getByLabel("Your age in years").fill("47");
  await page.getByLabel("How many weeks it has hurt").fill("6");
  await page.getByRole("button", { name: /show my results/ }).click();
  await page.getByRole("link", { name: "Change the drawing" }).click();
  await page.getByRole("button", { name: "Temple, left", exact: true }).first().click();
  await page.getByRole("link", { name: "Continue to symptoms and safety questions" }).click();
  await expect(page.getByLabel("Your age in years")).toHaveValue("47");
  await expect(page.getByLabel("How many weeks it has hurt")).toHaveValue("6");
  await expect(page).toHaveURL(/pain=lumbar-left:6,temple-left:5/);
});

test("a paused guided session is offered on the home page and carries on where it was", async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await startSessionAndSkipFirstStep(page);
  await expect(page.getByText(/^Step 2 of \d+/)).toBeVisible();

  await page.goto("/");
  const paused = page.getByRole("region", { name: "Your guided session is paused" });
  await expect(paused).toContainText("Soleus");
  await paused.getByRole("link", { name: "Carry on with the session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Picked up where you left off" })).toBeVisible();
  await expect(page.getByText(/^Step 2 of \d+/)).toBeVisible();
});
