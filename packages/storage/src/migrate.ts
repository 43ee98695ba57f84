import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Store } from "./connect.ts";

/** The folder of plain-SQL migration files, applied in file-name order. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations/", import.meta.url));

/** A migration file: its name and its SQL statements. */
export interface Migration {
  name: string;
  statements: string[];
}

/** Raised when the database has been migrated by code this server does not know. */
export class UnknownMigrationsError extends Error {
  constructor(readonly unknown: string[]) {
    super(
      `The database has migrations this version of Unknot does not know (${unknown.join(", ")}). ` +
        "It was opened by a newer version: upgrade Unknot rather than risk the data.",
    );
  }
}

/** Reads every `*.sql` file of `dir`, sorted by name. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ""), statements: splitStatements(readFileSync(`${dir}/${file}`, "utf8")) }));
}

/** Splits a migration file into statements at semicolons that end a line; comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies the migrations the database lacks, each in its own transaction, and returns their names.
 * Refuses (UnknownMigrationsError) when the applied migrations are not a prefix of `migrations`.
 */
export async function migrate(store: Store, migrations: Migration[] = readMigrations()): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS unknot_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(store.db);
  const applied = (await store.db.selectFrom("unknot_migrations").select("name").orderBy("name").execute()).map((row) => row.name);
  const known = migrations.map((migration) => migration.name);
  const unknown = applied.filter((name, index) => known[index] !== name);
  if (unknown.length > 0) throw new UnknownMigrationsError(unknown);
  const pending = migrations.slice(applied.length);
  for (const migration of pending) {
    await store.db.transaction().execute(async (trx) => {
      for (const statement of migration.statements) await sql.raw(statement).execute(trx);
      await trx.insertInto("unknot_migrations").values({ name: migration.name, applied_at: new Date().toISOString() }).execute();
    });
  }
  return pending.map((migration) => migration.name);
}
