import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/** The Node request under `@hono/node-server`; undefined for requests made in-process (`app.request` in tests). */
export function incomingOf(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === "function" ? incoming : undefined;
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
