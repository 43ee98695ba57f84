import { z } from "zod";
import type { FindResult } from "../finder/find.ts";
import { toLocalDate } from "../vocabulary/units.ts";
import { GoalInputSchema, OutcomeInputSchema, PgicInputSchema, PsfsInputSchema } from "./outcomes.ts";
import {
  AssessmentInputSchema,
  CheckInInputSchema,
  DIARY_SCHEMA_VERSION,
  InstantSchema,
  PressTestInputSchema,
  RoutineInputSchema,
  SessionInputSchema,
} from "./records.ts";

/** A step that upgrades a stored document from version `n` to `n + 1`. */
export type UpgradeStep = (document: Record<string, unknown>) => Record<string, unknown>;

/** The meta fields every stored diary record carries (as stored, returned by the API and written in backups). */
export const StoredMetaSchema = z.strictObject({
  id: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  localDate: z.string().refine((value) => toLocalDate(value) !== undefined, "must be a calendar date written YYYY-MM-DD"),
  schemaVersion: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(DIARY_SCHEMA_VERSION, `was written by a newer version of Unknot (this version reads record version ${DIARY_SCHEMA_VERSION})`),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

// The finder's result is derived data with a large shape of its own; a stored assessment keeps it
// exactly as the finder made it, so only its outline is checked rather than repeating the finder's types.
const FindResultSchema = z.custom<FindResult>(
  (value) =>
    isObject(value) &&
    isObject(value.safety) &&
    typeof value.safety.level === "string" &&
    ["differentials", "candidates", "combination"].every((key) => Array.isArray(value[key])),
  "must be a finder result with safety, differentials, candidates and combination",
);

/** What an assessment stores: the person's drawing and answers, the finder's result and the atlas version that produced it. */
export const AssessmentDocumentSchema = AssessmentInputSchema.extend({
  atlasVersion: z.string().min(1, "must not be empty").max(50, "must be at most 50 characters"),
  result: FindResultSchema,
});

/** A document's schema with the stored meta fields added. */
function stored<Shape extends z.core.$ZodShape>(document: z.ZodObject<Shape, z.core.$strict>) {
  return document.extend(StoredMetaSchema.shape);
}

/**
 * The one registry of diary record kinds, by the name the API and backups use. For each kind:
 * - `input`: what a person sends (an assessment's finder result is added by the server);
 * - `document`: what is stored as the record's JSON document;
 * - `stored`: a stored record with its meta fields, as backups carry it;
 * - `table`: the SQL table (storage maps its columns; a test checks every table exists after migrating);
 * - `path`: the URL segment of the API's routes;
 * - `backupSince`: the backup version that first carried the kind (older backups read it as empty);
 * - `upgrades`: steps upgrading a stored document from version `n` (index `n`) to `n + 1`. Version 1 is the
 *   first stored schema, so there are none yet; add one here (and a test) whenever a document's shape changes.
 * Storage, the server, the CLI and the export formats read this; a new kind is added here and nowhere else
 * but its migration and storage's column mapping (which the compiler then asks for).
 */
export const RECORD_KINDS = {
  assessments: {
    input: AssessmentInputSchema,
    document: AssessmentDocumentSchema,
    stored: stored(AssessmentDocumentSchema),
    table: "assessments",
    path: "assessments",
    backupSince: 1,
    upgrades: [],
  },
  pressTests: {
    input: PressTestInputSchema,
    document: PressTestInputSchema,
    stored: stored(PressTestInputSchema),
    table: "press_tests",
    path: "press-tests",
    backupSince: 1,
    upgrades: [],
  },
  routines: {
    input: RoutineInputSchema,
    document: RoutineInputSchema,
    stored: stored(RoutineInputSchema),
    table: "routines",
    path: "routines",
    backupSince: 1,
    upgrades: [],
  },
  sessions: {
    input: SessionInputSchema,
    document: SessionInputSchema,
    stored: stored(SessionInputSchema),
    table: "sessions",
    path: "sessions",
    backupSince: 1,
    upgrades: [],
  },
  checkIns: {
    input: CheckInInputSchema,
    document: CheckInInputSchema,
    stored: stored(CheckInInputSchema),
    table: "check_ins",
    path: "check-ins",
    backupSince: 1,
    upgrades: [],
  },
  outcomes: {
    input: OutcomeInputSchema,
    document: OutcomeInputSchema,
    stored: z.discriminatedUnion("measure", [stored(PsfsInputSchema), stored(PgicInputSchema)], { error: 'must be "psfs" or "pgic"' }),
    table: "outcomes",
    path: "outcomes",
    backupSince: 2,
    upgrades: [],
  },
  goals: {
    input: GoalInputSchema,
    document: GoalInputSchema,
    stored: stored(GoalInputSchema),
    table: "goals",
    path: "goals",
    backupSince: 2,
    upgrades: [],
  },
} as const satisfies Record<string, RecordKindEntry>;

/** What the registry says about one kind of record. */
export interface RecordKindEntry {
  input: z.ZodType;
  document: z.ZodType;
  stored: z.ZodType;
  table: string;
  path: string;
  backupSince: number;
  upgrades: readonly UpgradeStep[];
}

/** A kind of diary record, by the name the API and backups use. */
export type RecordKind = keyof typeof RECORD_KINDS;

/** Every record kind, in the order backups and exports write them. */
export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as readonly RecordKind[];

/** What a person sends to create a record of kind `K`. */
export type RecordInput<K extends RecordKind> = z.output<(typeof RECORD_KINDS)[K]["input"]>;
/** What a record of kind `K` stores as its document. */
export type RecordDocument<K extends RecordKind> = z.output<(typeof RECORD_KINDS)[K]["document"]>;

/** Fields every stored diary record has. */
export type StoredMeta = z.infer<typeof StoredMetaSchema>;

/** A stored record of kind `K`: its document plus id, local date, schema version and timestamps. */
export type StoredRecord<K extends RecordKind> = RecordDocument<K> & StoredMeta;

/** Everything one person has recorded, every kind: what backups, exports and progress statistics read. */
export type DiarySnapshot = { [K in RecordKind]: StoredRecord<K>[] };

/** One value per record kind, made by `make` (a schema, a path, a table), as an object keyed by kind. */
export function eachKind<V>(make: (kind: RecordKind) => V): Record<RecordKind, V> {
  return Object.fromEntries(RECORD_KIND_NAMES.map((kind) => [kind, make(kind)])) as Record<RecordKind, V>;
}

// TypeScript cannot check an object assembled kind by kind against a type keyed by kind, so the two
// builders below assert it, once; `read` itself is checked for every kind.

/** A diary snapshot made of `read(kind)` for every kind. */
export function snapshotOf(read: <K extends RecordKind>(kind: K) => StoredRecord<K>[]): DiarySnapshot {
  return Object.fromEntries(RECORD_KIND_NAMES.map((kind) => [kind, read(kind)])) as DiarySnapshot;
}

/** A diary snapshot made of `read(kind)` for every kind, all read at once (from a database). */
export async function readSnapshot(read: <K extends RecordKind>(kind: K) => Promise<StoredRecord<K>[]>): Promise<DiarySnapshot> {
  const entries = await Promise.all(RECORD_KIND_NAMES.map(async (kind) => [kind, await read(kind)] as const));
  return Object.fromEntries(entries) as DiarySnapshot;
}

/** Brings a stored document up to `target` by applying each step from its stored version; refuses newer documents. */
export function upgradeDocument(
  kind: RecordKind,
  document: unknown,
  version: number,
  steps: readonly UpgradeStep[] = RECORD_KINDS[kind].upgrades,
  target: number = DIARY_SCHEMA_VERSION,
): unknown {
  if (version > target)
    throw new Error(`A ${kind} record has schema version ${version}, newer than this Unknot (${target}); upgrade Unknot.`);
  let current = document as Record<string, unknown>;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No upgrade for ${kind} documents from version ${v}`);
    current = step(current);
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
