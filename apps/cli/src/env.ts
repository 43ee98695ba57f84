import { resolve } from "node:path";
import { currentIo } from "./io.ts";

/** Where the CLI finds the diary: the same variables as the server. The CLI's only reader of the environment. */
export function readStorageEnv(): { dataDir: string; databaseUrl: string | undefined } {
  const env = currentIo().env ?? process.env;
  return {
    dataDir: resolve(env.UNKNOT_DATA_DIR?.trim() || "./data"),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
  };
}
