import { resolve } from "node:path";

/** Everything the server reads from its environment. This is the only module that touches `process.env`. */
export interface ServerEnv {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
}

/** Reads and checks the environment; throws a message naming the variable when one is malformed. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  return {
    port: readPort(source.PORT),
    host: source.HOST?.trim() || "127.0.0.1",
    dataDir: resolve(source.UNKNOT_DATA_DIR?.trim() || "./data"),
    databaseUrl: source.DATABASE_URL?.trim() || undefined,
  };
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}
