import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { WriteBatcher } from "./batch.ts";
import type { Database } from "./schema.ts";

/** Which database engine a connection talks to. */
export type Dialect = "sqlite" | "postgres";

/** An open database and what it is. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for messages: a file path or the PostgreSQL host and database. */
  location: string;
  /** Runs write transactions; on SQLite it groups concurrent writes into one commit. */
  writes: WriteBatcher;
}

/** Opens PostgreSQL when `databaseUrl` is given, else the embedded SQLite file in `dataDir`. */
export function openStore(options: { dataDir: string; databaseUrl?: string | undefined }): Store {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
}

/**
 * Opens (creating if needed) `unknot.sqlite` in `dataDir`, in WAL mode with fully synchronous commits. The folder is
 * created 0700 and the file 0600 (SQLite gives its -wal and -shm files the same mode): other users of this computer
 * cannot read the diary.
 */
export function openSqlite(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, "unknot.sqlite");
  createPrivateFile(file);
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL makes every acknowledged commit durable across power loss, not only across a process crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return withWriter({
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
    dialect: "sqlite",
    location: file,
  });
}

/** Creates `file` readable and writable by its owner only, and narrows an older file that others could read. */
function createPrivateFile(file: string): void {
  closeSync(openSync(file, "a", 0o600));
  try {
    chmodSync(file, 0o600);
  } catch {
    // Someone else's file that we may write but not chmod: leave its mode to its owner.
  }
}

/** Opens a pooled connection to the PostgreSQL server at `url`. */
export function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const parsed = new URL(url);
  return withWriter({
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    dialect: "postgres",
    location: `postgresql://${parsed.host}${parsed.pathname}`,
  });
}

function withWriter(store: Omit<Store, "writes">): Store {
  const complete = store as Store;
  complete.writes = new WriteBatcher(complete);
  return complete;
}

/**
 * Kysely prepares every query anew; preparing is a measurable share of a write, and the app runs the
 * same few dozen statements over and over, so keep prepared statements by their SQL text.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== "prepare") return Reflect.get(target, property, receiver) as unknown;
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
          statement = prepare(source);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}
