import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorBody } from "./errors.ts";
import { incomingOf, requestHeader } from "./node-http.ts";

/** Where the API may be called from: the port it listens on, and the public origin of a shared deployment. */
export interface AccessOptions {
  /** The port for requests that arrive without a socket (in-process tests); a real request uses the port it arrived on. */
  port: number;
  /** `UNKNOT_ORIGIN`, e.g. `https://unknot.example.org`. */
  publicOrigin?: string | undefined;
}

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** What a page of the app itself sends; a navigation the person typed or bookmarked sends `none`. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

/**
 * The API's front door, before any route runs. It refuses:
 * - a `Host` the server does not answer to (421): a page whose name re-resolves to 127.0.0.1 (DNS rebinding)
 *   would otherwise read the diary as if it were the app;
 * - a request another site's page made (403): `Sec-Fetch-Site` other than same-origin, or a foreign `Origin`.
 *   Requests without these headers (the CLI, curl, scripts) are not a browser's, and pass;
 * - a write without `Content-Type: application/json` (415): no form or `no-cors` fetch can send that type
 *   without the browser asking first (a CORS preflight), and this server never says yes.
 */
export function requestGuard(options: AccessOptions): MiddlewareHandler {
  const allowed = allowedFor(options);
  return async (c, next) => {
    const host = requestHeader(c, "host")?.toLowerCase();
    const own = allowed(incomingOf(c)?.socket.localPort ?? options.port);
    if (host !== undefined && !own.hosts.has(host)) {
      return refuse(c, 421, `This server does not answer to the name "${host}"; open Unknot at its own address.`, "Host");
    }
    const site = requestHeader(c, "sec-fetch-site");
    if (site !== undefined && !OWN_FETCH_SITES.has(site)) {
      return refuse(c, 403, `Refused: another site's page made this request (Sec-Fetch-Site: ${site}).`, "Sec-Fetch-Site");
    }
    const origin = requestHeader(c, "origin");
    if (origin !== undefined && !own.origins.has(origin.toLowerCase())) {
      return refuse(c, 403, `Refused: pages from ${origin} may not use this API.`, "Origin");
    }
    if (WRITES.has(c.req.method) && !isJson(requestHeader(c, "content-type"))) {
      return refuse(c, 415, "Content-Type: a write must be sent as application/json.", "Content-Type");
    }
    await next();
  };
}

/** The hosts and origins of the server itself for a port, built once per port. */
function allowedFor(options: AccessOptions): (port: number) => { hosts: Set<string>; origins: Set<string> } {
  const byPort = new Map<number, { hosts: Set<string>; origins: Set<string> }>();
  return (port) => {
    let own = byPort.get(port);
    if (!own) {
      const hosts = LOOPBACK_NAMES.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`]));
      const origins = LOOPBACK_NAMES.map((name) => (port === 80 ? `http://${name}` : `http://${name}:${port}`));
      if (options.publicOrigin) {
        hosts.push(new URL(options.publicOrigin).host);
        origins.push(options.publicOrigin);
      }
      own = { hosts: new Set(hosts), origins: new Set(origins) };
      byPort.set(port, own);
    }
    return own;
  };
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase() === "application/json";
}

function refuse(c: Context, status: ContentfulStatusCode, message: string, field: string): Response {
  return c.json<ErrorBody>({ error: { message, field } }, status);
}
