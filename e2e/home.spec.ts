import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

test("home page says what Unknot is, warns it is no diagnosis and shows every region as a labelled button", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where does it hurt?");
  await expect(page.getByRole("heading", { name: "What Unknot does" })).toBeVisible();
  await expect(page.getByText(/not a diagnosis/i).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Temple, left", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Heel, right", exact: true })).toBeAttached();
  await expect(page.locator("[data-region]")).toHaveCount(167);
  await expect(page.getByText("Your left").first()).toBeVisible();
  await screenshot(page, testInfo, "home");
});

test("tapping marks an area and further taps raise its level; the slider sets it and the level is given in words", async ({ page }) => {
  await page.goto("/");
  const temple = page.getByRole("button", { name: "Temple, left", exact: true });
  await temple.click();
  await expect(temple).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Temple, left: moderate pain, 5 out of 10")).toBeVisible();
  await temple.click();
  await expect(page.getByText("Temple, left: severe pain, 7 out of 10")).toBeVisible();
  await page.getByRole("slider").fill("3");
  await expect(page.getByText("Temple, left: mild pain, 3 out of 10")).toBeVisible();
  await expect(page).toHaveURL(/pain=temple-left:3/);
  await page.getByRole("button", { name: "Remove this area" }).click();
  await expect(temple).toHaveAttribute("aria-pressed", "false");
});

test("arrow keys move between neighbouring regions, Space marks and raises like a tap, digits set the level", async ({ page }) => {
  await page.goto("/");
  const temple = page.getByRole("button", { name: "Temple, left", exact: true });
  await temple.focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("button", { name: "Forehead, left", exact: true })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Forehead, left", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("8");
  await expect(page.getByText("Forehead, left: severe pain, 8 out of 10")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText("Forehead, left: severe pain, 10 out of 10")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Forehead, left", exact: true })).toHaveAttribute("aria-pressed", "false");
});

test("the hands close-up shows each finger large enough to tap", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Hands" }).click();
  const finger = page.getByRole("button", { name: "Index finger, left", exact: true });
  const box = await finger.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(44);
  await finger.click();
  await expect(finger).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, testInfo, "body-map-hands");
});
