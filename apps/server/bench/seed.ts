import { DIARY_SCHEMA_VERSION, type SessionInput } from "@unknot/core/diary";
import { REGIONS } from "@unknot/core/vocabulary";
import { randomFillSync } from "node:crypto";
import { DEFAULT_OWNER, uuidV7, type Store } from "@unknot/storage";

const POINTS = ["trapezius-upper-1", "soleus-1", "gluteus-minimus-posterior-1", "infraspinatus-1", "quadratus-lumborum-superficial-1"];

/** Inserts `count` realistic sessions spread over the last years, 1,000 to a transaction, straight through Kysely. */
export async function seedSessions(store: Store, count: number, endDate = Date.parse("2026-11-20T00:00:00Z")): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    await store.db.transaction().execute(async (trx) => {
      const sessions = [];
      const ratings = [];
      const regions = [];
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const atMs = endDate - i * 15 * 60_000;
        const at = new Date(atMs)
          .toISOString()
          .replace("Z", "+00:00")
          .replace(/\.\d{3}/, "");
        const region = REGIONS[i % REGIONS.length]?.id ?? "temple-left";
        const input: SessionInput = {
          startedAt: at,
          points: [{ triggerPoint: POINTS[i % POINTS.length] ?? "soleus-1", method: "large-ball", seconds: 60, maxPain: 4 }],
          painBefore: [{ region, intensity: 6 }],
          painAfter: [{ region, intensity: 3 }],
        };
        const id = uuidV7(atMs, 0, randomFillSync(Buffer.alloc(8)));
        const localDate = at.slice(0, 10);
        sessions.push({
          id,
          owner_id: DEFAULT_OWNER,
          local_date: localDate,
          started_at: at,
          schema_version: DIARY_SCHEMA_VERSION,
          document: JSON.stringify(input),
          created_at: at,
          updated_at: at,
        });
        ratings.push({ owner_id: DEFAULT_OWNER, record_id: id, source: "before" as const, region, intensity: 6, local_date: localDate });
        ratings.push({ owner_id: DEFAULT_OWNER, record_id: id, source: "after" as const, region, intensity: 3, local_date: localDate });
        regions.push({ owner_id: DEFAULT_OWNER, record_id: id, region, local_date: localDate, sort_at: at });
      }
      await trx.insertInto("sessions").values(sessions).execute();
      await trx.insertInto("pain_ratings").values(ratings).execute();
      await trx.insertInto("record_regions").values(regions).execute();
    });
  }
}
