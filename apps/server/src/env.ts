import { resolve } from "node:path";

/** Everything the server reads from its environment. This is the only module that touches `process.env`. */
export interface ServerEnv {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The public origin of a shared deployment (`UNKNOT_ORIGIN`, e.g. `https://unknot.example.org`): the API answers it too. */
  publicOrigin: string | undefined;
  /** Accounts mode (`UNKNOT_ACCOUNTS=on`): sign-in, one diary per account, sharing with clinicians. */
  accounts: boolean;
  /** `UNKNOT_AUTH_SECRET`, the key that signs session cookies; without it one is made and kept in the database. */
  authSecret: string | undefined;
}

/** Reads and checks the environment; throws a message naming the variable when one is malformed. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const accounts = readAccounts(source.UNKNOT_ACCOUNTS);
  const publicOrigin = readOrigin(source.UNKNOT_ORIGIN);
  return {
    port: readPort(source.PORT),
    host: readHost(source.HOST, accounts, publicOrigin),
    dataDir: resolve(source.UNKNOT_DATA_DIR?.trim() || "./data"),
    databaseUrl: source.DATABASE_URL?.trim() || undefined,
    publicOrigin,
    accounts,
    authSecret: readSecret(source.UNKNOT_AUTH_SECRET),
  };
}

function readAccounts(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() || "off";
  if (value === "on" || value === "off") return value === "on";
  throw new Error(`UNKNOT_ACCOUNTS must be "on" or "off", got "${raw}"`);
}

function readSecret(raw: string | undefined): string | undefined {
  const secret = raw?.trim();
  if (!secret) return undefined;
  if (secret.length < 32) throw new Error("UNKNOT_AUTH_SECRET must be at least 32 characters long (e.g. `openssl rand -base64 32`)");
  return secret;
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
 * The address to listen on. Beyond loopback only with accounts on (without them, everyone who can reach the port
 * could read and change the diary) and with UNKNOT_ORIGIN set (the address people open, which the request guard
 * and the session cookies are bound to).
 */
function readHost(raw: string | undefined, accounts: boolean, publicOrigin: string | undefined): string {
  const host = raw?.trim() || "127.0.0.1";
  if (isLoopbackHost(host)) return host;
  if (!accounts) {
    throw new Error(
      `HOST=${host} would let other computers reach this diary without signing in, so Unknot will not start. ` +
        "Unset HOST (or set HOST=127.0.0.1) to use Unknot on this computer alone. To serve a practice, turn accounts on " +
        "(UNKNOT_ACCOUNTS=on) and set UNKNOT_ORIGIN to the address people open (e.g. https://unknot.example.org).",
    );
  }
  if (!publicOrigin) {
    throw new Error(
      `HOST=${host} with accounts needs UNKNOT_ORIGIN, the address people open (e.g. https://unknot.example.org): ` +
        "the server answers only that name and binds sign-in cookies to it, so Unknot will not start without it.",
    );
  }
  return host;
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
