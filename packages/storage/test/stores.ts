import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPostgres, openSqlite, type Store } from "../src/connect.ts";

/** A database opened for one test file, and how to throw it away. */
export interface TestStore {
  store: Store;
  /** For SQLite, the data directory; for PostgreSQL, the URL of the throwaway database. */
  where: string;
  /** The data directory: SQLite's file and, on either engine, the automatic backups. */
  dataDir: string;
  close: () => Promise<void>;
}

/** The PostgreSQL server for tests, or undefined (and the PostgreSQL suites are skipped) when none is set. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
export const POSTGRES_SKIP_REASON = "TEST_DATABASE_URL is not set, so there is no PostgreSQL server to test against";

/** Opens a fresh SQLite file in a new temporary data directory. */
export function openTestSqlite(): TestStore {
  const dataDir = mkdtempSync(join(tmpdir(), "unknot-test-"));
  const store = openSqlite(dataDir);
  return {
    store,
    where: dataDir,
    dataDir,
    close: async () => {
      await store.db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a throwaway database on the TEST_DATABASE_URL server and opens it. */
export async function openTestPostgres(): Promise<TestStore> {
  if (!TEST_DATABASE_URL) throw new Error(POSTGRES_SKIP_REASON);
  const name = `unknot_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const store = openPostgres(url.toString());
  // With PostgreSQL the data directory still holds the backups taken before a replace.
  const dataDir = mkdtempSync(join(tmpdir(), "unknot-test-pg-"));
  return {
    store,
    where: url.toString(),
    dataDir,
    close: async () => {
      await store.db.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Both engines, for suites that must pass on each: `describe.each(ENGINES)`. */
export const ENGINES = [
  { engine: "sqlite", open: async () => openTestSqlite(), skip: false },
  { engine: "postgres", open: openTestPostgres, skip: !TEST_DATABASE_URL },
] as const;
