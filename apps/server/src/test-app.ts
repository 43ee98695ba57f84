import { prepareStore } from "@unknot/storage";
import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll } from "vitest";
import { createApp } from "./app.ts";

/** A ready app over a prepared test store (and its data directory), with a fixed clock and counting ids so results are predictable. */
export async function testApp(test: TestStore, start = Date.parse("2026-11-20T08:00:00Z")) {
  await prepareStore(test.store, new Date(start).toISOString());
  let tick = 0;
  let id = 0;
  const app = createApp({
    store: test.store,
    dataDir: test.dataDir,
    now: () => new Date(start + 1000 * tick++).toISOString(),
    newId: () => `rec-${String(++id).padStart(6, "0")}`,
  });
  // Like the web app: every write says it is JSON, with a body or without (DELETE).
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      ...(method === "GET" ? {} : { headers: { "content-type": "application/json" } }),
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return { app, call, dataDir: test.dataDir };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Gives a describe block a fresh SQLite-backed test app, opened before its tests and closed after. */
export function useSqliteTestApp() {
  const context = {} as TestApp;
  let test: TestStore | undefined;
  beforeAll(async () => {
    test = openTestSqlite();
    Object.assign(context, await testApp(test));
  });
  afterAll(async () => test?.close());
  return context;
}

/**
 * Gives a describe block two test apps over fresh stores of one engine: `from`, a backup's source (filled by `fill`),
 * and `to`, where it is imported. Opened before the block's tests and closed after.
 */
export function useSourceAndTargetApps(open: () => Promise<TestStore>, fill?: (call: TestApp["call"]) => Promise<void>) {
  const from = {} as TestApp;
  const to = {} as TestApp;
  let stores: TestStore[] = [];
  beforeAll(async () => {
    stores = [await open(), await open()];
    Object.assign(from, await testApp(stores[0]!));
    Object.assign(to, await testApp(stores[1]!));
    await fill?.(from.call);
  });
  afterAll(async () => Promise.all(stores.map((store) => store.close())));
  return { from, to };
}
