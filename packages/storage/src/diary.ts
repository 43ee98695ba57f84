import {
  DIARY_SCHEMA_VERSION,
  RECORD_KINDS,
  upgradeDocument,
  type RecordDocument,
  type StoredMeta,
  type StoredRecord,
} from "@unknot/core/diary";
import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import type { Store } from "./connect.ts";
import { migrate } from "./migrate.ts";
import { KINDS, localDateFor, type RecordKind } from "./kinds.ts";
import type { Database, DocumentColumns } from "./schema.ts";

export type { StoredRecord };

/** A page of records, newest first, and the cursor of the next page when there is one. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Filters for listing records. Dates are local `YYYY-MM-DD`, inclusive. */
export interface ListQuery {
  from?: string | undefined;
  to?: string | undefined;
  /** Only records that rated this region (sessions and check-ins). */
  region?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

// Kysely cannot type a table chosen at run time; core's registry keeps the names right.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseDb = Kysely<any>;
export type Db = Kysely<Database> | Transaction<Database>;
/** The database, for queries on a table chosen at run time. */
export const loose = (db: Db): LooseDb => db;

/** Raised when a record id is unknown for this person. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
  ) {
    super(`No ${kind} record with id "${id}"`);
  }
}

/** Raised when a cursor was not made by this server. */
export class BadCursorError extends Error {
  constructor() {
    super("cursor is not valid; start again without it");
  }
}

/** Makes sure the person exists, so that every diary row can name its owner. */
export async function ensurePerson(store: Store, id: string, displayName: string, now: string): Promise<void> {
  await store.db
    .insertInto("people")
    .values({ id, display_name: displayName, created_at: now })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/** Stores a new record and its pain ratings in one transaction and returns it as stored. */
export async function createRecord<K extends RecordKind>(
  store: Store,
  owner: string,
  kind: K,
  input: RecordDocument<K>,
  meta: { id: string; now: string },
): Promise<StoredRecord<K>> {
  const localDate = localDateFor(kind, input, meta.now);
  const createdAt = ownCreationTime(input) ?? meta.now;
  await store.writes.run(async (trx) => {
    await loose(trx)
      .insertInto(RECORD_KINDS[kind].table)
      .values({
        ...baseColumns(owner, kind, input, localDate, JSON.stringify(input)),
        id: meta.id,
        created_at: createdAt,
        updated_at: meta.now,
      })
      .execute();
    await writeRatings(trx, owner, kind, meta.id, input, localDate);
  });
  return { ...input, id: meta.id, localDate, schemaVersion: DIARY_SCHEMA_VERSION, createdAt, updatedAt: meta.now };
}

/**
 * A record whose document carries its own `createdAt` (an assessment: when the person made the search, perhaps offline
 * hours before it reached the diary) keeps that time; the stored meta field of the same name would otherwise replace it.
 */
function ownCreationTime(input: object): string | undefined {
  return "createdAt" in input && typeof input.createdAt === "string" ? input.createdAt : undefined;
}

/** Replaces a record's content, keeping its id and creation time. */
export async function updateRecord<K extends RecordKind>(
  store: Store,
  owner: string,
  kind: K,
  id: string,
  input: RecordDocument<K>,
  now: string,
): Promise<StoredRecord<K>> {
  const localDate = localDateFor(kind, input, now);
  const createdAt = await store.writes.run(async (trx) => {
    const row = await loose(trx)
      .selectFrom(RECORD_KINDS[kind].table)
      .select("created_at")
      .where("owner_id", "=", owner)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new RecordNotFoundError(kind, id);
    await loose(trx)
      .updateTable(RECORD_KINDS[kind].table)
      .set({ ...baseColumns(owner, kind, input, localDate, JSON.stringify(input)), updated_at: now })
      .where("owner_id", "=", owner)
      .where("id", "=", id)
      .execute();
    await deleteRatings(trx, id);
    await writeRatings(trx, owner, kind, id, input, localDate);
    return String(row.created_at);
  });
  return { ...input, id, localDate, schemaVersion: DIARY_SCHEMA_VERSION, createdAt, updatedAt: now };
}

/** Deletes a record and its ratings; throws RecordNotFoundError when there is none. */
export async function deleteRecord(store: Store, owner: string, kind: RecordKind, id: string): Promise<void> {
  await store.writes.run(async (trx) => {
    const result = await loose(trx)
      .deleteFrom(RECORD_KINDS[kind].table)
      .where("owner_id", "=", owner)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new RecordNotFoundError(kind, id);
    await deleteRatings(trx, id);
  });
}

/** Reads one record, upgrading an older stored document to the current schema. */
export async function getRecord<K extends RecordKind>(store: Store, owner: string, kind: K, id: string): Promise<StoredRecord<K>> {
  const row = await loose(store.db)
    .selectFrom(RECORD_KINDS[kind].table)
    .selectAll()
    .where("owner_id", "=", owner)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new RecordNotFoundError(kind, id);
  return fromRow<K>(kind, row as DocumentColumns);
}

/** Lists records newest first, filtered by local date range and (for rated kinds) region, with keyset paging. */
export async function listRecords<K extends RecordKind>(
  store: Store,
  owner: string,
  kind: K,
  query: ListQuery,
): Promise<Page<StoredRecord<K>>> {
  const { orderColumn } = KINDS[kind];
  const { table } = RECORD_KINDS[kind];
  // By region, walk the region index newest first and join the records, rather than scanning every record of the period.
  const col = query.region
    ? { date: "k.local_date", at: "k.sort_at", id: "k.record_id" }
    : { date: "r.local_date", at: `r.${orderColumn}`, id: "r.id" };
  let select = query.region
    ? loose(store.db)
        .selectFrom("record_regions as k")
        .innerJoin(`${table} as r`, "r.id", "k.record_id")
        .where("k.owner_id", "=", owner)
        .where("k.region", "=", query.region)
    : loose(store.db).selectFrom(`${table} as r`).where("r.owner_id", "=", owner);
  if (query.from) select = select.where(col.date, ">=", query.from);
  if (query.to) select = select.where(col.date, "<=", query.to);
  if (query.cursor) select = select.where(beyond(col, decodeCursor(query.cursor), "<"));
  const rows = (await select
    .selectAll("r")
    .orderBy(col.date, "desc")
    .orderBy(col.at, "desc")
    .orderBy(col.id, "desc")
    .limit(query.limit + 1)
    .execute()) as (DocumentColumns & Record<string, string>)[];
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.local_date, last[orderColumn] ?? "", last.id]) : undefined;
  return { items: items.map((row) => fromRow<K>(kind, row)), ...(nextCursor ? { nextCursor } : {}) };
}

/** Local dates (`YYYY-MM-DD`, inclusive) to read records between; either end may be open. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** Every record of one kind for a person, oldest first (for statistics), optionally only those of a date range. */
export async function allRecords<K extends RecordKind>(
  store: Store,
  owner: string,
  kind: K,
  range: DateRange = {},
): Promise<StoredRecord<K>[]> {
  const records: StoredRecord<K>[] = [];
  for await (const page of recordPages(store, owner, kind, range)) records.push(...page);
  return records;
}

/**
 * Every record of one kind for a person, oldest first, a page at a time: an export of any size then
 * holds one page in memory, and other requests are served between pages.
 */
export async function* recordPages<K extends RecordKind>(
  store: Store,
  owner: string,
  kind: K,
  range: DateRange = {},
  pageSize = 1000,
): AsyncGenerator<StoredRecord<K>[]> {
  const { orderColumn } = KINDS[kind];
  const { table } = RECORD_KINDS[kind];
  const col = { date: "local_date", at: orderColumn, id: "id" };
  let after: [string, string, string] | undefined;
  for (;;) {
    let select = loose(store.db).selectFrom(table).selectAll().where("owner_id", "=", owner);
    if (range.from) select = select.where("local_date", ">=", range.from);
    if (range.to) select = select.where("local_date", "<=", range.to);
    if (after) select = select.where(beyond(col, after, ">"));
    const rows = (await select.orderBy("local_date").orderBy(orderColumn).orderBy("id").limit(pageSize).execute()) as (DocumentColumns &
      Record<string, string>)[];
    if (rows.length > 0) yield rows.map((row) => fromRow<K>(kind, row));
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = [last.local_date, last[orderColumn] ?? "", last.id];
  }
}

/** Rows strictly after (">") or before ("<") `key` in (date, order column, id) order: the keyset for paging. */
function beyond(col: { date: string; at: string; id: string }, [date, at, id]: [string, string, string], direction: "<" | ">") {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (eb: ExpressionBuilder<any, any>) =>
    eb.and([
      // Implied by the alternatives below, but a bound the date index can seek to: without it each page scans from the start.
      eb(col.date, direction === ">" ? ">=" : "<=", date),
      eb.or([
        eb(col.date, direction, date),
        eb.and([eb(col.date, "=", date), eb(col.at, direction, at)]),
        eb.and([eb(col.date, "=", date), eb(col.at, "=", at), eb(col.id, direction, id)]),
      ]),
    ]);
}

/** Inserts a record exactly as stored (id, dates and timestamps kept), with its ratings: for restoring backups. */
export async function insertStored<K extends RecordKind>(trx: Db, owner: string, kind: K, record: StoredRecord<K>): Promise<void> {
  const { id, localDate, createdAt, updatedAt } = record;
  await loose(trx)
    .insertInto(RECORD_KINDS[kind].table)
    .values({ ...baseColumns(owner, kind, record, localDate, documentText(record)), id, created_at: createdAt, updated_at: updatedAt })
    .execute();
  await writeRatings(trx, owner, kind, id, record, localDate);
}

/** A stored record's document as stored: the record without its meta fields. */
function documentText(record: StoredMeta): string {
  const { id: _id, localDate: _localDate, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...document } = record;
  return JSON.stringify(document);
}

function baseColumns<K extends RecordKind>(owner: string, kind: K, input: RecordDocument<K>, localDate: string, document: string) {
  return {
    owner_id: owner,
    local_date: localDate,
    schema_version: DIARY_SCHEMA_VERSION,
    document,
    ...KINDS[kind].columns(input),
  };
}

async function writeRatings<K extends RecordKind>(
  trx: Db,
  owner: string,
  kind: K,
  id: string,
  input: RecordDocument<K>,
  localDate: string,
) {
  const seen = new Set<string>();
  const rows = KINDS[kind]
    .ratings(input)
    .filter((r) => !seen.has(`${r.source}:${r.region}`) && seen.add(`${r.source}:${r.region}`))
    .map((r) => ({ ...r, owner_id: owner, record_id: id, local_date: localDate }));
  if (rows.length === 0) return;
  await trx.insertInto("pain_ratings").values(rows).execute();
  const sortAt = sortValue(kind, input, localDate);
  const regions = [...new Set(rows.map((r) => r.region))].map((region) => ({
    owner_id: owner,
    record_id: id,
    region,
    local_date: localDate,
    sort_at: sortAt,
  }));
  await trx.insertInto("record_regions").values(regions).execute();
}

async function deleteRatings(trx: Db, id: string) {
  await trx.deleteFrom("pain_ratings").where("record_id", "=", id).execute();
  await trx.deleteFrom("record_regions").where("record_id", "=", id).execute();
}

/** The value of the kind's order column for a record (records with ratings order by their own instant). */
function sortValue<K extends RecordKind>(kind: K, input: RecordDocument<K>, localDate: string): string {
  return KINDS[kind].instant(input) ?? localDate;
}

function fromRow<K extends RecordKind>(kind: K, row: DocumentColumns): StoredRecord<K> {
  const document = upgradeDocument(kind, JSON.parse(row.document) as unknown, Number(row.schema_version));
  // Onto the freshly parsed document rather than a spread copy of it: copying a parsed document was
  // six times the cost of parsing it, most of a history page's work.
  return Object.assign(document as StoredRecord<K>, {
    id: row.id,
    localDate: row.local_date,
    schemaVersion: DIARY_SCHEMA_VERSION,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function encodeCursor(parts: [string, string, string]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

function decodeCursor(cursor: string): [string, string, string] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parts) && parts.length === 3 && parts.every((p) => typeof p === "string")) return parts as [string, string, string];
  } catch {
    // fall through
  }
  throw new BadCursorError();
}

/** The person every diary row belongs to until accounts exist. */
export const DEFAULT_OWNER = "local";

/** Readies a store for use: applies pending migrations and makes sure the default person exists. */
export async function prepareStore(store: Store, now: string): Promise<string[]> {
  const applied = await migrate(store);
  await ensurePerson(store, DEFAULT_OWNER, "Me", now);
  return applied;
}
