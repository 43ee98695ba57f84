import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context } from "hono";

/** The Node request under `@hono/node-server`; undefined for requests made in-process (`app.request` in tests). */
export function incomingOf(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === "function" ? incoming : undefined;
}

/** The Node response under `@hono/node-server`, whose headers it merges into the head it writes; undefined in-process. */
export function outgoingOf(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  return outgoing && typeof outgoing.setHeader === "function" ? outgoing : undefined;
}

/**
 * One request header (name in lower case). Under Node it is read from the IncomingMessage's own header object:
 * `c.req.header()` makes `@hono/node-server` build a web `Headers` of every header, on every request.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
