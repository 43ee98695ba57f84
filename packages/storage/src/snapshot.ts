import type { DiarySnapshot } from "@unknot/core";
import type { Kysely } from "kysely";
import type { Store } from "./connect.ts";
import { allRecords, insertStored, type DateRange, type StoredRecord } from "./diary.ts";
import { KINDS, type RecordKind } from "./kinds.ts";

const KIND_ORDER: readonly RecordKind[] = ["assessments", "pressTests", "routines", "sessions", "checkIns", "outcomes", "goals"];

/** Everything one person has recorded (or only what falls in `range`), oldest first: what exports and statistics read. */
export async function loadSnapshot(store: Store, owner: string, range: DateRange = {}): Promise<DiarySnapshot> {
  const [assessments, pressTests, routines, sessions, checkIns, outcomes, goals] = await Promise.all(
    KIND_ORDER.map((kind) => allRecords(store, owner, kind, range)),
  );
  return { assessments, pressTests, routines, sessions, checkIns, outcomes, goals } as unknown as DiarySnapshot;
}

/** How many records a person has, of every kind together. */
export async function countRecords(store: Store, owner: string): Promise<number> {
  let total = 0;
  for (const kind of KIND_ORDER) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const row = await (store.db as unknown as Kysely<any>)
      .selectFrom(KINDS[kind].table)
      .select((eb) => eb.fn.countAll().as("n"))
      .where("owner_id", "=", owner)
      .executeTakeFirst();
    total += Number(row?.n ?? 0);
  }
  return total;
}

/**
 * Replaces a person's whole diary with `snapshot`, keeping every record's id and timestamps, in one
 * transaction: if any record fails to insert, the diary is left exactly as it was.
 */
export async function replaceSnapshot(store: Store, owner: string, snapshot: DiarySnapshot): Promise<void> {
  await store.writes.run(async (trx) => {
    for (const kind of KIND_ORDER) await trx.deleteFrom(KINDS[kind].table).where("owner_id", "=", owner).execute();
    await trx.deleteFrom("pain_ratings").where("owner_id", "=", owner).execute();
    await trx.deleteFrom("record_regions").where("owner_id", "=", owner).execute();
    for (const kind of KIND_ORDER) {
      for (const record of snapshot[kind] as unknown as StoredRecord<typeof kind>[]) await insertStored(trx, owner, kind, record);
    }
  });
}
