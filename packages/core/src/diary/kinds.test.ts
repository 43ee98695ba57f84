import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { BACKUP_SCHEMA_VERSION, BackupSchema } from "../formats/backup.ts";
import { makeDiary } from "../stats/test-diary.ts";
import { eachKind, RECORD_KIND_NAMES, RECORD_KINDS, snapshotOf, upgradeDocument, type RecordKind, type StoredRecord } from "./kinds.ts";
import { DIARY_SCHEMA_VERSION } from "./records.ts";
import type { StoredSession } from "./stored.ts";

describe("the registry of record kinds", () => {
  it("gives every kind its schemas, a table, an API path, the backup version that added it and its upgrade steps", () => {
    expect(RECORD_KIND_NAMES.length).toBeGreaterThanOrEqual(7);
    const tables = new Set<string>();
    const paths = new Set<string>();
    for (const kind of RECORD_KIND_NAMES) {
      const entry = RECORD_KINDS[kind];
      for (const schema of [entry.input, entry.document, entry.stored]) expect(typeof schema.safeParse, kind).toBe("function");
      expect(entry.table, kind).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(entry.path, kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      tables.add(entry.table);
      paths.add(entry.path);
      expect(entry.backupSince, kind).toBeGreaterThanOrEqual(1);
      expect(entry.backupSince, kind).toBeLessThanOrEqual(BACKUP_SCHEMA_VERSION);
      // One step from each older version to the current one: a document of any stored version can be read.
      expect(entry.upgrades.length, kind).toBe(DIARY_SCHEMA_VERSION - 1);
    }
    expect(tables.size).toBe(RECORD_KIND_NAMES.length);
    expect(paths.size).toBe(RECORD_KIND_NAMES.length);
  });

  it("is what a backup holds: one collection per kind, after the header", () => {
    expect(Object.keys(BackupSchema.shape)).toEqual(["format", "schemaVersion", "exportedAt", "person", ...RECORD_KIND_NAMES]);
  });

  it("builds snapshots and per-kind values with every kind in it", () => {
    const diary = makeDiary();
    expect(Object.keys(snapshotOf((kind) => diary[kind]))).toEqual(RECORD_KIND_NAMES);
    expect(eachKind((kind) => RECORD_KINDS[kind].path).checkIns).toBe("check-ins");
  });

  it("refuses documents from a newer version and applies the steps from an older one", () => {
    expect(() => upgradeDocument("sessions", {}, DIARY_SCHEMA_VERSION + 1)).toThrow(/newer than this Unknot/);
    const rename = (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old });
    expect(upgradeDocument("sessions", { old: 1 }, 1, [rename, rename], 2)).toEqual({ old: 1, renamed: 1 });
  });

  it("stores, for every kind, exactly what its stored schema reads back from a backup", () => {
    // Each kind's pair is assignable both ways: what a backup's schema reads is what storage and statistics use.
    type SchemaOutputs = { [K in RecordKind]: z.output<(typeof RECORD_KINDS)[K]["stored"]> };
    type StoredRecords = { [K in RecordKind]: StoredRecord<K> };
    expectTypeOf<SchemaOutputs>().toExtend<StoredRecords>();
    expectTypeOf<StoredRecords>().toExtend<SchemaOutputs>();
    expectTypeOf<StoredRecord<"sessions">>().toExtend<StoredSession>();
  });
});
