import {
  FindingInputSchema,
  ProgrammeInputSchema,
  type Finding,
  type FindingInput,
  type Programme,
  type ProgrammeInput,
} from "@unknot/core/clinic";
import { localDateOf } from "@unknot/core/diary";
import type { Store } from "./connect.ts";

/** Findings and programmes carry their own document version, so their shape can change apart from the diary's. */
export const CLINIC_SCHEMA_VERSION = 1;

/** Raised when a finding or programme id is unknown for this person. */
export class ClinicRecordNotFoundError extends Error {
  constructor(
    readonly kind: "finding" | "programme",
    readonly id: string,
  ) {
    super(`No ${kind} with id "${id}"`);
  }
}

/** The table of each kind of clinic record. */
const TABLES = { finding: "findings", programme: "programmes" } as const;

/** Who writes a record and when: the clinician's user id, a new id and the instant. */
export interface ClinicWrite {
  id: string;
  authorId: string;
  now: string;
}

interface FindingRow {
  id: string;
  owner_id: string;
  author_id: string;
  document: string;
  created_at: string;
}

function findingOf(row: FindingRow): Finding {
  // Documents were validated on the way in; parsing again keeps a hand-edited row from reaching a client unchecked.
  const input = FindingInputSchema.parse(JSON.parse(row.document));
  return { ...input, id: row.id, personId: row.owner_id, authorId: row.author_id, createdAt: row.created_at };
}

/** The query for the findings about `owner`, reading the columns a Finding is made from. */
function findingRowsOf(store: Store, owner: string) {
  return store.db.selectFrom("findings").select(["id", "owner_id", "author_id", "document", "created_at"]).where("owner_id", "=", owner);
}

/** Stores a validated finding about `owner`. */
export async function createFinding(store: Store, owner: string, input: FindingInput, write: ClinicWrite): Promise<Finding> {
  await store.writes.run(async (trx) => {
    await trx
      .insertInto("findings")
      .values({
        id: write.id,
        owner_id: owner,
        author_id: write.authorId,
        trigger_point: input.triggerPoint,
        side: input.side,
        status: input.status,
        examined_at: input.examinedAt,
        local_date: localDateOf(input.examinedAt),
        schema_version: CLINIC_SCHEMA_VERSION,
        document: JSON.stringify(input),
        created_at: write.now,
        updated_at: write.now,
      })
      .execute();
  });
  return { ...input, id: write.id, personId: owner, authorId: write.authorId, createdAt: write.now };
}

/** Every finding about `owner`, oldest examination first. */
export async function listFindings(store: Store, owner: string): Promise<Finding[]> {
  const rows = await findingRowsOf(store, owner).orderBy("local_date").orderBy("examined_at").orderBy("id").execute();
  return rows.map(findingOf);
}

/** One finding about `owner`; throws ClinicRecordNotFoundError when there is none (or it is someone else's). */
export async function getFinding(store: Store, owner: string, id: string): Promise<Finding> {
  const row = await findingRowsOf(store, owner).where("id", "=", id).executeTakeFirst();
  if (!row) throw new ClinicRecordNotFoundError("finding", id);
  return findingOf(row);
}

/** Deletes a finding about `owner`; throws ClinicRecordNotFoundError when there is none. */
export async function deleteFinding(store: Store, owner: string, id: string): Promise<void> {
  await deleteOwned(store, "finding", owner, id);
}

interface ProgrammeRow {
  id: string;
  owner_id: string;
  author_id: string;
  document: string;
  created_at: string;
  updated_at: string;
}

function programmeOf(row: ProgrammeRow): Programme {
  const input = ProgrammeInputSchema.parse(JSON.parse(row.document));
  return { ...input, id: row.id, personId: row.owner_id, authorId: row.author_id, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The query for the programmes of `owner`, reading the columns a Programme is made from. */
function programmeRowsOf(store: Store, owner: string) {
  return store.db
    .selectFrom("programmes")
    .select(["id", "owner_id", "author_id", "document", "created_at", "updated_at"])
    .where("owner_id", "=", owner);
}

function programmeColumns(input: ProgrammeInput) {
  return { starts_on: input.startsOn, weeks: input.weeks, schema_version: CLINIC_SCHEMA_VERSION, document: JSON.stringify(input) };
}

/** Stores a validated programme for `owner`. */
export async function createProgramme(store: Store, owner: string, input: ProgrammeInput, write: ClinicWrite): Promise<Programme> {
  await store.writes.run(async (trx) => {
    await trx
      .insertInto("programmes")
      .values({
        id: write.id,
        owner_id: owner,
        author_id: write.authorId,
        ...programmeColumns(input),
        created_at: write.now,
        updated_at: write.now,
      })
      .execute();
  });
  return { ...input, id: write.id, personId: owner, authorId: write.authorId, createdAt: write.now, updatedAt: write.now };
}

/** Replaces a programme's content, keeping its id, author and creation time. */
export async function updateProgramme(store: Store, owner: string, id: string, input: ProgrammeInput, now: string): Promise<Programme> {
  return store.writes.run(async (trx) => {
    const row = await trx
      .selectFrom("programmes")
      .select(["author_id", "created_at"])
      .where("owner_id", "=", owner)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new ClinicRecordNotFoundError("programme", id);
    await trx
      .updateTable("programmes")
      .set({ ...programmeColumns(input), updated_at: now })
      .where("owner_id", "=", owner)
      .where("id", "=", id)
      .execute();
    return { ...input, id, personId: owner, authorId: row.author_id, createdAt: row.created_at, updatedAt: now };
  });
}

/** Every programme of `owner`, newest start first. */
export async function listProgrammes(store: Store, owner: string): Promise<Programme[]> {
  const rows = await programmeRowsOf(store, owner).orderBy("starts_on", "desc").orderBy("id", "desc").execute();
  return rows.map(programmeOf);
}

/** One programme of `owner`; throws ClinicRecordNotFoundError when there is none (or it is someone else's). */
export async function getProgramme(store: Store, owner: string, id: string): Promise<Programme> {
  const row = await programmeRowsOf(store, owner).where("id", "=", id).executeTakeFirst();
  if (!row) throw new ClinicRecordNotFoundError("programme", id);
  return programmeOf(row);
}

/** Deletes a programme of `owner`; throws ClinicRecordNotFoundError when there is none. */
export async function deleteProgramme(store: Store, owner: string, id: string): Promise<void> {
  await deleteOwned(store, "programme", owner, id);
}

/** Deletes record `id` of a kind about `owner`; throws ClinicRecordNotFoundError when there is none. */
async function deleteOwned(store: Store, kind: "finding" | "programme", owner: string, id: string): Promise<void> {
  await store.writes.run(async (trx) => {
    const result = await trx.deleteFrom(TABLES[kind]).where("owner_id", "=", owner).where("id", "=", id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new ClinicRecordNotFoundError(kind, id);
  });
}
