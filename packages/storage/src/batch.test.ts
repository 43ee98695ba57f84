import type { SessionInput } from "@unknot/core/diary";
import { describe, expect, it } from "vitest";
import { ENGINES, openTestSqlite, POSTGRES_SKIP_REASON } from "../test/stores.ts";
import { allRecords, createRecord, DEFAULT_OWNER, prepareStore } from "./diary.ts";

const session: SessionInput = {
  startedAt: "2026-11-20T08:00:00+00:00",
  points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
  painBefore: [{ region: "heel-left", intensity: 6 }],
  painAfter: [],
};

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`concurrent writes on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    it("commit together, and one failing write undoes only itself", async () => {
      const test = await open();
      try {
        await prepareStore(test.store, "2026-11-20T00:00:00Z");
        const writes = Array.from({ length: 60 }, (_, i) =>
          createRecord(
            test.store,
            DEFAULT_OWNER,
            "sessions",
            { ...session, notes: `n${i}` },
            { id: i === 30 ? "dup" : `id-${i}`, now: "2026-11-20T08:00:00Z" },
          ),
        );
        const duplicate = createRecord(test.store, DEFAULT_OWNER, "sessions", session, { id: "dup", now: "2026-11-20T08:00:00Z" });
        const results = await Promise.allSettled([...writes, duplicate]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(60);
        expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
        const stored = await allRecords(test.store, DEFAULT_OWNER, "sessions");
        expect(stored).toHaveLength(60);
        expect(new Set(stored.map((s) => s.notes)).size).toBe(60);
      } finally {
        await test.close();
      }
    });
  });
}

describe("group commit on SQLite", () => {
  it("waits a moment for writers that trickle in after a larger batch, and commits them together", async () => {
    const test = openTestSqlite();
    try {
      await prepareStore(test.store, "2026-11-20T00:00:00Z");
      let commits = 0;
      const transaction = test.store.db.transaction.bind(test.store.db);
      test.store.db.transaction = () => (commits++, transaction());
      const write = (i: number) =>
        createRecord(test.store, DEFAULT_OWNER, "sessions", { ...session, notes: `n${i}` }, { id: `id-${i}`, now: "2026-11-20T08:00:00Z" });
      await Promise.all([0, 1, 2, 3, 4].map(write));
      expect(commits).toBe(1);
      // Five writers again, each arriving one turn of the event loop after the one before, as replies from clients do.
      const trickle: Promise<unknown>[] = [];
      for (const i of [5, 6, 7, 8, 9]) {
        trickle.push(write(i));
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(trickle);
      // One commit when nothing interrupts; a pause (GC, a loaded machine) may split it, but never into one per write.
      expect(commits - 1).toBeLessThanOrEqual(2);
      expect(await allRecords(test.store, DEFAULT_OWNER, "sessions")).toHaveLength(10);
    } finally {
      await test.close();
    }
  });
});
