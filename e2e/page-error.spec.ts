import { expect, test } from "./fixtures.ts";

// The service worker would answer from its cache; this test needs the page's own requests.
test.use({ serviceWorkers: "block" });

test("a page that fails to load keeps the header and offers a way back instead of a blank app", async ({ page }) => {
  // The atlas page's code cannot be fetched (a dropped connection, a deploy that removed the file).
  await page.route(/\/assets\/AtlasPage-[^/]+\.js$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The menu's link (hidden behind the menu button on a phone) is followed as a click on it would be.
  await page.locator('header a[href="/atlas"]').dispatchEvent("click");

  await expect(page).toHaveURL(/\/atlas$/);
  await expect(page.getByRole("heading", { level: 1, name: "This page could not be shown" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("What you saved in your diary is safe");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("does not diagnose");

  // Once the connection is back, "Try again" fetches the page's code again.
  await page.unroute(/\/assets\/AtlasPage-[^/]+\.js$/);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trigger point atlas" })).toBeVisible();

  await page.route(/\/assets\/MuscleRoute-[^/]+\.js$/, (route) => route.abort());
  await page.locator('main a[href^="/atlas/"]').first().dispatchEvent("click");
  await expect(page.getByRole("heading", { level: 1, name: "This page could not be shown" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page).toHaveTitle("Where does it hurt? · Unknot");
  await expect(page.getByRole("heading", { level: 1, name: "This page could not be shown" })).toBeHidden();
});
