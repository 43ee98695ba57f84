import { resolve } from "node:path";

/** Where the CLI finds the diary: the same variables as the server. The CLI's only reader of `process.env`. */
export function readStorageEnv(): { dataDir: string; databaseUrl: string | undefined } {
  return {
    dataDir: resolve(process.env.UNKNOT_DATA_DIR?.trim() || "./data"),
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
  };
}
