import type { APIRequestContext, Response } from "@playwright/test";
import config from "../playwright.config.ts";
import { startAttackerServer } from "./attacker-server.ts";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

// attacker.test and rebound.test resolve to 127.0.0.1 in this browser, as a real name can after DNS rebinding.
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), "--host-resolver-rules=MAP attacker.test 127.0.0.1, MAP rebound.test 127.0.0.1"],
  },
});

const NOTE = "the person's own entry";

/** The whole diary as the CLI or curl would read it (no Origin), without the export's timestamp. */
async function diaryText(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/export?format=json");
  expect(response.status()).toBe(200);
  return (await response.text()).replace(/"exportedAt": "[^"]*"/, "");
}

async function ensureEntry(request: APIRequestContext): Promise<void> {
  if ((await diaryText(request)).includes(NOTE)) return;
  const created = await request.post("/api/sessions", {
    data: {
      startedAt: "2026-11-18T07:00:00+01:00",
      points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
      painBefore: [{ region: "heel-left", intensity: 7 }],
      painAfter: [{ region: "heel-left", intensity: 4 }],
      notes: NOTE,
    },
  });
  expect(created.status()).toBe(201);
}

for (const attackerHost of ["attacker.test", "127.0.0.1"]) {
  const kind = attackerHost === "attacker.test" ? "another site" : "another port of this computer";
  test(`a page on ${kind} can neither change nor read the diary, nor frame the app`, async ({ page, request, baseURL }, testInfo) => {
    await ensureEntry(request);
    const before = await diaryText(request);
    const app = new URL(baseURL ?? "").origin;
    const attacker = await startAttackerServer(app);
    // What the browser sent to the app, and what the app answered where the browser reports the answer.
    const sent: string[] = [];
    const answers: { method: string; path: string; status: number }[] = [];
    page.on("request", (sentRequest) => {
      const url = new URL(sentRequest.url());
      if (url.origin === app) sent.push(url.pathname);
    });
    page.on("response", (response: Response) => {
      const url = new URL(response.url());
      if (url.origin === app) answers.push({ method: response.request().method(), path: url.pathname, status: response.status() });
    });
    try {
      const submitted = [page.waitForResponse(/\/api\/sessions$/), page.waitForResponse(/\/api\/import\?replace=true$/)];
      await page.goto(`http://${attackerHost}:${attacker.port}/`);
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as { results: { done?: boolean } }).results.done)).toBe(true);
      await Promise.all(submitted);
      const results = await page.evaluate(() => (globalThis as unknown as { results: Record<string, unknown> }).results);

      // A CORS read fails (no CORS headers, and the guard answered 403); even an opaque no-cors read is refused (CORP).
      expect(String(results.read)).toMatch(/^failed: /);
      expect(String(results.opaqueRead)).toMatch(/^failed: /);
      expect(sent.filter((path) => path.startsWith("/api/")).sort()).toEqual([
        "/api/export",
        "/api/export",
        "/api/import",
        "/api/import",
        "/api/sessions",
      ]);
      // The two forms' answers are seen (the no-cors answers are withheld from the page, CORP making them network errors).
      expect(answers.filter((answer) => answer.method === "POST")).toHaveLength(2);
      const apiAnswers = answers.filter((answer) => answer.path.startsWith("/api/"));
      expect(
        apiAnswers.every((answer) => answer.status === 403),
        JSON.stringify(apiAnswers),
      ).toBe(true);
      // The framed data page is refused by frame-ancestors 'none': no frame of the attacker's page shows the app.
      for (const frame of page.frames()) expect(await frame.locator("h1", { hasText: "Your data" }).count()).toBe(0);
      await screenshot(page, testInfo, `attacker-${attackerHost === "attacker.test" ? "site" : "port"}`);
    } finally {
      await attacker.close();
    }
    expect(await diaryText(request)).toBe(before);
  });
}

test("a page whose name was rebound to 127.0.0.1 gets no diary from the API", async ({ page, request, baseURL }) => {
  await ensureEntry(request);
  const port = new URL(baseURL ?? "").port;
  await page.goto(`http://rebound.test:${port}/`);
  const read = await page.evaluate(async () => {
    const response = await fetch("/api/export?format=json");
    return { status: response.status, text: await response.text() };
  });
  expect(read.status).toBe(421);
  expect(read.text).not.toContain(NOTE);
});

test("the app's pages and API carry the security headers", async ({ page, request }) => {
  const home = await page.goto("/");
  const headers = (await home?.allHeaders()) ?? {};
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe(headers["content-security-policy"]);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});
