import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "../test/stores.ts";
import { migrate, readMigrations, splitStatements, UnknownMigrationsError } from "./migrate.ts";

describe("splitStatements", () => {
  it("splits at line-ending semicolons and drops comment lines", () => {
    expect(splitStatements("-- Purpose: x\nCREATE TABLE a (id TEXT);\nCREATE INDEX b ON a (id);\n")).toEqual([
      "CREATE TABLE a (id TEXT)",
      "CREATE INDEX b ON a (id)",
    ]);
  });
});

describe("migration files", () => {
  it("each start with a Purpose line and sort in time order", () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
    for (const m of migrations) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`migrate on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore | undefined;
    afterEach(async () => test?.close());

    it("applies every migration once, then nothing", async () => {
      test = await open();
      const all = readMigrations().map((m) => m.name);
      expect(await migrate(test.store)).toEqual(all);
      expect(await migrate(test.store)).toEqual([]);
    });

    it("refuses a database that has migrations this code does not know", async () => {
      test = await open();
      await migrate(test.store);
      await test.store.db.insertInto("unknot_migrations").values({ name: "29990101000000_future", applied_at: "2999-01-01" }).execute();
      await expect(migrate(test.store)).rejects.toBeInstanceOf(UnknownMigrationsError);
      await expect(migrate(test.store)).rejects.toThrow(/29990101000000_future/);
    });
  });
}
