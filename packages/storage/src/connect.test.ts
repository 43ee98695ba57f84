import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openTestSqlite } from "../test/stores.ts";

describe("the embedded SQLite store", () => {
  it("runs in WAL mode with fully synchronous commits, so an acknowledged write is on disk", async () => {
    const test = openTestSqlite();
    try {
      const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(test.store.db);
      const synchronous = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(test.store.db);
      expect(journal.rows[0]?.journal_mode).toBe("wal");
      expect(synchronous.rows[0]?.synchronous).toBe(2);
      expect(test.store.location).toMatch(/unknot\.sqlite$/);
    } finally {
      await test.close();
    }
  });
});
