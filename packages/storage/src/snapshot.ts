import { readSnapshot, RECORD_KIND_NAMES, RECORD_KINDS, type DiarySnapshot, type RecordKind } from "@unknot/core/diary";
import type { Store } from "./connect.ts";
import { allRecords, insertStored, loose, type DateRange, type StoredRecord, type Db } from "./diary.ts";

/** Everything one person has recorded (or only what falls in `range`), oldest first: what exports and statistics read. */
export async function loadSnapshot(store: Store, owner: string, range: DateRange = {}): Promise<DiarySnapshot> {
  return readSnapshot((kind) => allRecords(store, owner, kind, range));
}

/** How many records a person has, of every kind together. */
export async function countRecords(store: Store, owner: string): Promise<number> {
  let total = 0;
  for (const kind of RECORD_KIND_NAMES) {
    const row = await loose(store.db)
      .selectFrom(RECORD_KINDS[kind].table)
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
    for (const kind of RECORD_KIND_NAMES) await trx.deleteFrom(RECORD_KINDS[kind].table).where("owner_id", "=", owner).execute();
    await trx.deleteFrom("pain_ratings").where("owner_id", "=", owner).execute();
    await trx.deleteFrom("record_regions").where("owner_id", "=", owner).execute();
    for (const kind of RECORD_KIND_NAMES) await insertAll(trx, owner, kind, snapshot[kind]);
  });
}

async function insertAll<K extends RecordKind>(trx: Db, owner: string, kind: K, records: readonly StoredRecord<K>[]): Promise<void> {
  for (const record of records) await insertStored(trx, owner, kind, record);
}
