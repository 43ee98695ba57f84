import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openTestPostgres, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from "@unknot/storage/testing";
import { describe, expect, it } from "vitest";
import { postJson, sessionBody, startServer } from "./server-process.ts";

/**
 * Streams session writes from several clients, SIGKILLs the server mid-stream, restarts it on the
 * same data, and checks that every write the server acknowledged (201) is there.
 */
async function killMidStreamAndCheck(env: Record<string, string>) {
  const first = await startServer(env);
  const acknowledged: string[] = [];
  let stop = false;
  const writer = async (client: number) => {
    for (let i = 0; !stop && i < 5000; i++) {
      const result = await postJson(`${first.url}/api/sessions`, sessionBody(`2026-11-20T08:00:00+00:00`, `c${client}-${i}`));
      if (!result) return;
      if (result.status === 201 && result.json?.id) acknowledged.push(result.json.id);
    }
  };
  const writers = [0, 1, 2, 3].map(writer);
  while (acknowledged.length < 200) await new Promise((r) => setTimeout(r, 5));
  await first.kill("SIGKILL");
  stop = true;
  await Promise.all(writers);

  const second = await startServer(env);
  try {
    const missing: string[] = [];
    for (const id of acknowledged) {
      const response = await fetch(`${second.url}/api/sessions/${id}`);
      if (response.status !== 200) missing.push(id);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    expect(missing).toEqual([]);
  } finally {
    await second.kill("SIGTERM");
  }
}

describe("durability: a killed server loses no acknowledged write", () => {
  it("on SQLite", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "unknot-crash-"));
    try {
      await killMidStreamAndCheck({ UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!TEST_DATABASE_URL)(
    `on PostgreSQL${TEST_DATABASE_URL ? "" : ` (skipped: ${POSTGRES_SKIP_REASON})`}`,
    async () => {
      const db = await openTestPostgres();
      await db.store.db.destroy();
      try {
        await killMidStreamAndCheck({ DATABASE_URL: db.where });
      } finally {
        await db.close().catch(() => undefined);
      }
    },
    120_000,
  );
});
