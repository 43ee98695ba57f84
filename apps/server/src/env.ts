import { resolve } from "node:path";

/** Everything the server reads from its environment. This is the only module that touches `process.env`. */
export interface ServerEnv {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The public origin of a shared deployment (`UNKNOT_ORIGIN`, e.g. `https://unknot.example.org`): the API answers it too. */
  publicOrigin: string | undefined;
}

/** Reads and checks the environment; throws a message naming the variable when one is malformed. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  return {
    port: readPort(source.PORT),
    host: readHost(source.HOST),
    dataDir: resolve(source.UNKNOT_DATA_DIR?.trim() || "./data"),
    databaseUrl: source.DATABASE_URL?.trim() || undefined,
    publicOrigin: readOrigin(source.UNKNOT_ORIGIN),
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

/** True for the names and addresses that only this computer can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The address to listen on. Anything beyond loopback is refused until accounts exist: without them, everyone who
 * can reach the port could read and change the diary.
 */
function readHost(raw: string | undefined): string {
  const host = raw?.trim() || "127.0.0.1";
  if (isLoopbackHost(host)) return host;
  throw new Error(
    `HOST=${host} would let other computers reach this diary, and Unknot has no sign-in yet to keep them out, so it will not start. ` +
      "Unset HOST (or set HOST=127.0.0.1) to use Unknot on this computer. To share it, keep HOST on loopback behind a " +
      "reverse proxy that signs people in, and set UNKNOT_ORIGIN to the address they open (e.g. https://unknot.example.org).",
  );
}

function readOrigin(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const isOrigin = url && ["http:", "https:"].includes(url.protocol) && url.pathname === "/" && !url.search && !url.hash && !url.username;
  if (!url || !isOrigin) {
    throw new Error(`UNKNOT_ORIGIN must be an origin such as https://unknot.example.org (scheme and host, no path), got "${raw}"`);
  }
  return url.origin;
}
