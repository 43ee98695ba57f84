import { listBackups } from "@unknot/storage";
import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../test-app.ts";

// The attacks of issue #11, as another web page in the person's browser would send them to http://127.0.0.1:3000.
const SERVER = "127.0.0.1:3000";
const FOREIGN_PAGE = { host: SERVER, origin: "https://some.site", "sec-fetch-site": "cross-site" };
/** What `fetch(url, { method: "POST", mode: "no-cors", body })` and a form with enctype=text/plain send. */
const PLAIN_TEXT = { "content-type": "text/plain;charset=UTF-8" };
const EMPTY_BACKUP = JSON.stringify({
  format: "unknot-backup",
  schemaVersion: 1,
  exportedAt: "2026-11-20T08:00:00.000Z",
  person: { id: "me", displayName: "Me" },
  assessments: [],
  pressTests: [],
  routines: [],
  sessions: [],
  checkIns: [],
});
const SESSION = {
  startedAt: "2026-11-19T07:00:00+01:00",
  points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
  painBefore: [{ region: "heel-left", intensity: 7 }],
  painAfter: [{ region: "heel-left", intensity: 4 }],
  notes: "the person's own entry",
};

describe("attacks from other web pages and rebound host names", () => {
  let test: TestStore;
  let app: Awaited<ReturnType<typeof testApp>>["app"];
  let diaryBefore: string;
  const diary = async () => (await (await app.request("/api/export?format=json")).text()).replace(/"exportedAt": "[^"]*"/, "");
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });

  beforeAll(async () => {
    test = openTestSqlite();
    ({ app } = await testApp(test));
    expect(
      (await send("POST", "/api/sessions", { host: SERVER, "content-type": "application/json" }, JSON.stringify(SESSION))).status,
    ).toBe(201);
    diaryBefore = await diary();
    expect(diaryBefore).toContain("the person's own entry");
  });
  afterAll(async () => test?.close());

  it("refuses a no-cors text/plain import?replace=true from a foreign page, and the diary is unchanged", async () => {
    const attack = await send("POST", "/api/import?replace=true", { ...FOREIGN_PAGE, ...PLAIN_TEXT }, EMPTY_BACKUP);
    expect(attack.status).toBe(403);
    // A browser that sends neither Origin nor Sec-Fetch-Site is still stopped by the body's type.
    const bare = await send("POST", "/api/import?replace=true", { host: SERVER, ...PLAIN_TEXT }, EMPTY_BACKUP);
    expect(bare.status).toBe(415);
    expect(((await bare.json()) as { error: { message: string } }).error.message).toMatch(/Content-Type/);
    expect(await diary()).toBe(diaryBefore);
    expect(listBackups(test.dataDir)).toEqual([]);
  });

  it("refuses POST /api/sessions sent as text/plain or from a foreign Origin, and stores nothing", async () => {
    const body = JSON.stringify({ ...SESSION, notes: "written by the attacker" });
    expect((await send("POST", "/api/sessions", { host: SERVER, ...PLAIN_TEXT }, body)).status).toBe(415);
    expect((await send("POST", "/api/sessions", { ...FOREIGN_PAGE, ...PLAIN_TEXT }, body)).status).toBe(403);
    const sameSite = { host: SERVER, origin: "http://127.0.0.1:8080", "sec-fetch-site": "same-site", "content-type": "application/json" };
    expect((await send("POST", "/api/sessions", sameSite, body)).status).toBe(403);
    expect(await diary()).toBe(diaryBefore);
  });

  it("does not serve the diary to a page whose name was rebound to 127.0.0.1 (foreign Host)", async () => {
    for (const path of ["/api/export?format=json", "/api/sessions", "/api/progress?from=2026-11-01&to=2026-11-30"]) {
      const response = await send("GET", path, { host: "attacker.test:3000" });
      expect(response.status, path).toBe(421);
      expect(await response.text()).not.toContain("the person's own entry");
    }
  });

  it("does not answer reads that another site's page made (Sec-Fetch-Site: cross-site)", async () => {
    const response = await send("GET", "/api/export?format=json", { host: SERVER, "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain("the person's own entry");
  });

  it("still serves the app's own pages, and the CLI or curl (no Origin)", async () => {
    const own = { host: SERVER, origin: `http://${SERVER}`, "sec-fetch-site": "same-origin", "content-type": "application/json" };
    const created = await send("POST", "/api/sessions", own, JSON.stringify({ ...SESSION, notes: "from the app" }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await send("DELETE", `/api/sessions/${id}`, own)).status).toBe(204);
    expect((await send("GET", "/api/sessions", { host: SERVER })).status).toBe(200);
    expect(await diary()).toBe(diaryBefore);
  });
});
