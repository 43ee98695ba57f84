import { z } from "zod";
import {
  AssessmentInputSchema,
  CheckInInputSchema,
  DIARY_SCHEMA_VERSION,
  InstantSchema,
  PressTestInputSchema,
  RoutineInputSchema,
  SessionInputSchema,
} from "../diary/records.ts";
import { GoalInputSchema, PgicInputSchema, PsfsInputSchema } from "../diary/outcomes.ts";
import type { DiarySnapshot } from "../diary/stored.ts";
import type { FindResult } from "../finder/find.ts";
import { firstProblem } from "../validation.ts";
import { toLocalDate } from "../vocabulary/units.ts";

/** The `format` field that marks a file as an Unknot backup. */
export const BACKUP_FORMAT = "unknot-backup";
/**
 * The backup file layout this version writes and the newest it reads. Version 2 added outcome
 * measures and weekly goals; a version 1 file (without them) is still read, with both empty.
 */
export const BACKUP_SCHEMA_VERSION = 2;
const READABLE_BACKUP_VERSIONS = [1, 2] as const;

/** The meta fields every stored diary record carries, as they appear in a backup. */
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

// The finder's result is derived data with a large shape of its own; a backup keeps it exactly as
// stored, so only its outline is checked here rather than repeating the finder's types as a schema.
const FindResultSchema = z.custom<FindResult>(
  (value) =>
    isObject(value) &&
    isObject(value.safety) &&
    typeof value.safety.level === "string" &&
    ["differentials", "candidates", "combination"].every((key) => Array.isArray(value[key])),
  "must be a finder result with safety, differentials, candidates and combination",
);

/** The person a backup belongs to. */
export const BackupPersonSchema = z.strictObject({
  id: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  displayName: z.string().max(200, "must be at most 200 characters"),
});
/** The person a backup belongs to. */
export type BackupPerson = z.infer<typeof BackupPersonSchema>;

/** A full backup of one person's diary: every record with its stored meta fields. */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  schemaVersion: z.literal(READABLE_BACKUP_VERSIONS, `must be ${READABLE_BACKUP_VERSIONS.join(" or ")}`),
  exportedAt: InstantSchema,
  person: BackupPersonSchema,
  assessments: z.array(
    AssessmentInputSchema.extend(StoredMetaSchema.shape).extend({
      atlasVersion: z.string().min(1, "must not be empty").max(50, "must be at most 50 characters"),
      result: FindResultSchema,
    }),
  ),
  pressTests: z.array(PressTestInputSchema.extend(StoredMetaSchema.shape)),
  routines: z.array(RoutineInputSchema.extend(StoredMetaSchema.shape)),
  sessions: z.array(SessionInputSchema.extend(StoredMetaSchema.shape)),
  checkIns: z.array(CheckInInputSchema.extend(StoredMetaSchema.shape)),
  outcomes: z
    .array(
      z.discriminatedUnion("measure", [PsfsInputSchema.extend(StoredMetaSchema.shape), PgicInputSchema.extend(StoredMetaSchema.shape)], {
        error: 'must be "psfs" or "pgic"',
      }),
    )
    .default([]),
  goals: z.array(GoalInputSchema.extend(StoredMetaSchema.shape)).default([]),
});
/** A validated backup. */
export type Backup = z.infer<typeof BackupSchema>;

/** The result of reading a backup file: the backup, or one message naming the first faulty field. */
/**
 * A backup read from text, or why it cannot be: `wholeFile` is true when the file is not a backup at all (the message
 * is a plain sentence for a person), false when a backup has a bad record (the message starts with its path).
 */
export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string; wholeFile: boolean };

/** What every "this is not a backup" message ends with: what import does take. */
const IMPORT_TAKES = "Import takes a JSON backup, made with “Backup (JSON)” on Unknot's Your data page or with `unknot export`.";

const COLLECTIONS = ["assessments", "pressTests", "routines", "sessions", "checkIns", "outcomes", "goals"] as const;

/** The fields of a backup before its records. */
function backupHeader(person: BackupPerson, exportedAt: string) {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    person: { id: person.id, displayName: person.displayName },
  } as const;
}

/**
 * Builds the backup of a diary held in memory; `exportedAt` is the instant of the export (passed in,
 * core has no clock). The API and the CLI stream theirs with `backupText`, which writes the same file.
 */
export function buildBackup(snapshot: DiarySnapshot, person: BackupPerson, exportedAt: string): Backup {
  return {
    ...backupHeader(person, exportedAt),
    assessments: [...snapshot.assessments],
    pressTests: [...snapshot.pressTests],
    routines: [...snapshot.routines],
    sessions: [...snapshot.sessions],
    checkIns: [...snapshot.checkIns],
    outcomes: [...snapshot.outcomes],
    goals: [...snapshot.goals],
  };
}

/** The backup as the text of a `.json` file (indented, so a person can read it). */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A diary collection's records, oldest first, a page at a time (from storage; core does no IO). */
export type RecordPages = (collection: (typeof COLLECTIONS)[number]) => AsyncIterable<readonly unknown[]>;

/**
 * The backup file's text in pieces, a page of records at a time, for diaries too large to hold as
 * one string; joined, the pieces equal `serializeBackup(buildBackup(…))` for the same records.
 */
export async function* backupText(person: BackupPerson, exportedAt: string, pages: RecordPages): AsyncGenerator<string> {
  yield JSON.stringify(backupHeader(person, exportedAt), null, 2).slice(0, -2);
  for (const collection of COLLECTIONS) {
    let first = true;
    for await (const page of pages(collection)) {
      if (page.length === 0) continue;
      const records = page.map((record) => `    ${JSON.stringify(record, null, 2).replaceAll("\n", "\n    ")}`).join(",\n");
      yield `${first ? `,\n  ${JSON.stringify(collection)}: [\n` : ",\n"}${records}`;
      first = false;
    }
    yield first ? `,\n  ${JSON.stringify(collection)}: []` : "\n  ]";
  }
  yield "\n}\n";
}

/** The whole diary, read from its pages. */
export async function collectSnapshot(pages: RecordPages): Promise<DiarySnapshot> {
  const snapshot: Record<string, unknown[]> = {};
  for (const collection of COLLECTIONS) {
    const records: unknown[] = [];
    for await (const page of pages(collection)) records.push(...page);
    snapshot[collection] = records;
  }
  return snapshot as unknown as DiarySnapshot;
}

/** The diary records of a backup. */
export function backupSnapshot(backup: Backup): DiarySnapshot {
  return {
    assessments: backup.assessments,
    pressTests: backup.pressTests,
    routines: backup.routines,
    sessions: backup.sessions,
    checkIns: backup.checkIns,
    outcomes: backup.outcomes,
    goals: backup.goals,
  };
}

/**
 * Reads a backup file. Refuses, with one message naming the field, text that is not JSON, files of
 * another format, files from a newer version of Unknot, any record that fails the diary schemas, and
 * duplicate ids within a collection. It only reads: the caller decides what to store.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: notJsonMessage(text), wholeFile: true };
  }
  const framing = checkFraming(raw);
  if (framing !== undefined) return { ok: false, error: framing, wholeFile: true };
  const result = BackupSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const { field, message } = firstProblem(result.error);
    const rest = result.error.issues.length - 1;
    const more = rest === 0 ? "" : ` (and ${rest} more problem${rest === 1 ? "" : "s"})`;
    return { ok: false, error: `${field || "backup"}: ${message}${more}`, wholeFile: false };
  }
  const duplicate = findDuplicateId(result.data);
  if (duplicate !== undefined) return { ok: false, error: duplicate, wholeFile: false };
  return { ok: true, backup: result.data };
}

/** A first line of comma-separated names, as the CSV exports (and most spreadsheets) begin. */
const CSV_HEADER = /^[^,{}[\]\r\n]+(,[^,{}[\]\r\n]*)+\r?$/;

function notJsonMessage(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, "").split("\n", 1)[0] ?? "";
  if (CSV_HEADER.test(firstLine)) return `This file is a CSV export (a table for spreadsheets): it cannot be imported. ${IMPORT_TAKES}`;
  return `This file is not an Unknot backup: it is not JSON. ${IMPORT_TAKES}`;
}

/** Checks format and version first, so a stranger's file or a newer backup gets a message about that, not a list of fields. */
function checkFraming(raw: unknown): string | undefined {
  if (isObject(raw) && raw.resourceType === "Bundle")
    return `This file is a FHIR export, for a clinic's records: it cannot be imported. ${IMPORT_TAKES}`;
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT)
    return `This file is not an Unknot backup: it is JSON, but not from Unknot. ${IMPORT_TAKES}`;
  const version = raw.schemaVersion;
  if (typeof version === "number" && Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION) {
    return `This backup was written by a newer version of Unknot (backup version ${version}; this version reads up to ${BACKUP_SCHEMA_VERSION}): update Unknot to import it.`;
  }
  return undefined;
}

function findDuplicateId(backup: Backup): string | undefined {
  for (const collection of COLLECTIONS) {
    const seen = new Map<string, number>();
    for (const [index, record] of backup[collection].entries()) {
      const earlier = seen.get(record.id);
      if (earlier !== undefined) return `${collection}[${index}].id: duplicate id "${record.id}" (also ${collection}[${earlier}].id)`;
      seen.set(record.id, index);
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
