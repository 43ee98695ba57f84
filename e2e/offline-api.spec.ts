import { expect, test } from "./fixtures.ts";
import { untilServiceWorkerControls } from "./steps.ts";

// (Expressions as strings: the tests are type-checked without the DOM library.)
const get = (path: string) => `fetch(${JSON.stringify(path)}).then(async (r) => ({ status: r.status, body: await r.text() }))`;

test("offline, the service worker answers API reads from the last answer, and never answers a write from its store", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await untilServiceWorkerControls(page);
  const online = (await page.evaluate(get("/api/health"))) as { status: number; body: string };
  expect(online.status).toBe(200);

  await context.setOffline(true);
  expect(await page.evaluate(get("/api/health"))).toEqual(online);
  const never = (await page.evaluate(get("/api/sessions?limit=3"))) as { status: number; body: string };
  expect(never.status).toBe(503);
  expect(JSON.parse(never.body)).toEqual({ error: { message: "You are offline, and this has not been loaded before." } });
  const write = `fetch("/api/health", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then(() => "answered", () => "network error")`;
  expect(await page.evaluate(write)).toBe("network error");
  await context.setOffline(false);
});
