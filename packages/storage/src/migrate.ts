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
 * Safe when two processes start on one database at once: each migration takes the write lock
 * (an advisory lock on PostgreSQL) and checks again before it runs.
 */
export async function migrate(store: Store, migrations: Migration[] = readMigrations()): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS unknot_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(store.db);
  const applied = (await store.db.selectFrom("unknot_migrations").select("name").orderBy("name").execute()).map((row) => row.name);
  const known = migrations.map((migration) => migration.name);
  const unknown = applied.filter((name, index) => known[index] !== name);
  if (unknown.length > 0) throw new UnknownMigrationsError(unknown);
  const ran: string[] = [];
  for (const migration of migrations.slice(applied.length)) {
    if (await withRetry(() => applyOnce(store, migration))) ran.push(migration.name);
  }
  return ran;
}

async function applyOnce(store: Store, migration: Migration): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    if (store.dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(7283615)`.execute(trx);
    else await sql`UPDATE unknot_migrations SET name = name WHERE 0 = 1`.execute(trx);
    const done = await trx.selectFrom("unknot_migrations").select("name").where("name", "=", migration.name).executeTakeFirst();
    if (done) return false;
    for (const statement of migration.statements) await sql.raw(statement).execute(trx);
    await trx.insertInto("unknot_migrations").values({ name: migration.name, applied_at: new Date().toISOString() }).execute();
    return true;
  });
}

/** SQLite reports a stale snapshot as busy when another process committed first; trying again then succeeds. */
async function withRetry<T>(action: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const busy =
        error instanceof Error && /SQLITE_BUSY|database is locked/i.test(`${(error as { code?: string }).code ?? ""} ${error.message}`);
      if (!busy || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
