import { RECORD_KIND_NAMES, RECORD_KINDS } from "@unknot/core/diary";
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "../test/stores.ts";
import { KINDS } from "./kinds.ts";
import { migrate } from "./migrate.ts";

const DOCUMENT_COLUMNS = ["id", "owner_id", "local_date", "schema_version", "document", "created_at", "updated_at"];

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(
    `the registry of record kinds against the migrated ${engine} schema${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`,
    () => {
      let test: TestStore | undefined;
      afterEach(async () => test?.close());

      async function migratedTables() {
        test = await open();
        await migrate(test.store);
        const tables = await test.store.db.introspection.getTables();
        return new Map(tables.map((table) => [table.name, new Set(table.columns.map((column) => column.name))]));
      }

      it("has a table with the document columns and its order column for every kind", async () => {
        const tables = await migratedTables();
        for (const kind of RECORD_KIND_NAMES) {
          const columns = tables.get(RECORD_KINDS[kind].table);
          expect(columns, `${kind}: no table "${RECORD_KINDS[kind].table}" after migrating`).toBeDefined();
          for (const column of [...DOCUMENT_COLUMNS, KINDS[kind].orderColumn]) expect(columns, `${kind}`).toContain(column);
        }
      });

      it("names every table of diary documents, so a kind cannot be stored without a registry entry", async () => {
        const tables = await migratedTables();
        const documentTables = [...tables].filter(([, columns]) => DOCUMENT_COLUMNS.every((c) => columns.has(c)));
        // A clinician's findings are documents too, but written by their author (clinic.ts), not diary records.
        const diaryTables = documentTables.filter(([, columns]) => !columns.has("author_id")).map(([name]) => name);
        const registered = RECORD_KIND_NAMES.map((kind) => RECORD_KINDS[kind].table);
        expect(diaryTables.sort()).toEqual([...registered].sort());
        expect(documentTables.filter(([, columns]) => columns.has("author_id")).map(([name]) => name)).toEqual(["findings"]);
      });
    },
  );
}
