import type { SessionInput } from "@unknot/core/diary";
import { describe, expect, it } from "vitest";
import { ENGINES, POSTGRES_SKIP_REASON } from "../test/stores.ts";
import { allRecords, createRecord, DEFAULT_OWNER, prepareStore, recordPages } from "./diary.ts";

const session = (startedAt: string, notes: string): SessionInput => ({
  startedAt,
  points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
  painBefore: [{ region: "heel-left", intensity: 6 }],
  painAfter: [],
  notes,
});

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`reading records a page at a time on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    it("yields every record once, oldest first, across pages that split ties of date and time", async () => {
      const test = await open();
      try {
        await prepareStore(test.store, "2026-11-20T00:00:00Z");
        // Three days; on each, four sessions start at the same instant, so only the id orders them.
        const days = ["2026-11-03", "2026-11-01", "2026-11-02"];
        let n = 0;
        for (const day of days) {
          for (let i = 0; i < 4; i++) {
            const id = `id-${String(9 - i)}-${day}`;
            await createRecord(test.store, DEFAULT_OWNER, "sessions", session(`${day}T08:00:00+00:00`, `n${n++}`), {
              id,
              now: `${day}T09:00:00Z`,
            });
          }
        }
        const expected = (await allRecords(test.store, DEFAULT_OWNER, "sessions")).map((s) => s.id);
        expect(expected).toHaveLength(12);
        expect(expected).toEqual([...expected].sort((a, b) => a.slice(-10).localeCompare(b.slice(-10)) || a.localeCompare(b)));
        for (const size of [1, 3, 5, 12, 50]) {
          const pages: string[][] = [];
          for await (const page of recordPages(test.store, DEFAULT_OWNER, "sessions", {}, size)) pages.push(page.map((s) => s.id));
          expect(pages.flat()).toEqual(expected);
          expect(pages.every((page) => page.length <= size)).toBe(true);
        }
        const secondDay = (await allRecords(test.store, DEFAULT_OWNER, "sessions", { from: "2026-11-02", to: "2026-11-02" })).map(
          (s) => s.localDate,
        );
        expect(secondDay).toEqual(["2026-11-02", "2026-11-02", "2026-11-02", "2026-11-02"]);
      } finally {
        await test.close();
      }
    });
  });
}
