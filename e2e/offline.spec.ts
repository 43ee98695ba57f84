import { expect, test } from "./fixtures.ts";
import { postSession, untilServiceWorkerControls } from "./steps.ts";

test("once loaded, the app works offline: body map, results and atlas come from the service worker", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where does it hurt?");
  // Installation caches every built file before the worker activates, so "ready" means everything is stored.
  await untilServiceWorkerControls(page);

  await context.setOffline(true);
  await page.goto("/atlas/trapezius");
  await expect(page.getByRole("heading", { level: 1, name: "Trapezius" })).toBeVisible();
  await page.goto("/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=");
  await expect(page.locator(".candidates > li h3").first()).toContainText("Upper trapezius, point 1");
  await page.goto("/");
  await page.getByRole("button", { name: "Temple, left", exact: true }).click();
  await expect(page.getByRole("button", { name: "Temple, left", exact: true })).toHaveAttribute("aria-pressed", "true");
  await context.setOffline(false);
});

test("history read offline says it shows what was saved on this device", async ({ page, context, request }) => {
  await postSession(request, {
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    triggerPoint: "soleus-1",
    seconds: 45,
    region: "heel-left",
    before: 5,
    after: 3,
  });
  await page.goto("/history");
  await untilServiceWorkerControls(page);
  await expect(page.locator(".session-list > *").first()).toBeVisible();
  const offlineNote = page.getByRole("status").filter({ hasText: "Offline — showing what was saved on this device" });
  await expect(offlineNote).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(".session-list > *").first()).toBeVisible();
  await expect(offlineNote).toBeVisible();
  await context.setOffline(false);
  await expect(offlineNote).toHaveCount(0);
});

test("the web app manifest names the app and its icons", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.name).toContain("Unknot");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.map((icon: { type: string }) => icon.type)).toEqual(expect.arrayContaining(["image/svg+xml", "image/png"]));
  const icon = await request.get(manifest.icons.find((i: { type: string }) => i.type === "image/png").src);
  expect(icon.headers()["content-type"]).toBe("image/png");
});
