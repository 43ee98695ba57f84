import type { MiddlewareHandler } from "hono";
import { outgoingOf } from "./node-http.ts";

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets `style` through the DOM, which style-src does not govern; stylesheets come from the build.
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Devices the app never uses are off; it keeps the screen awake during a guided session and plays its timer sounds. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=(self)",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "screen-wake-lock=(self)",
  "serial=()",
  "usb=()",
].join(", ");

/**
 * The browser's part of the defence, on every response of the app and the API:
 * - a Content-Security-Policy that runs only the app's own script files (none inline, no eval) and connects only to
 *   this server, so injected markup cannot run or send the diary anywhere; `frame-ancestors 'none'` (and
 *   X-Frame-Options) stop another page from framing the import and delete buttons to trick clicks;
 * - `nosniff`, no referrer, a browsing context of its own (COOP), and resources no other site may load (CORP);
 * - a Permissions-Policy that turns off what the app does not use (vibration and notifications are not governed by it).
 * HSTS is left to whoever terminates TLS in a shared deployment; on http://127.0.0.1 browsers ignore it.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["content-security-policy", CONTENT_SECURITY_POLICY],
  ["x-frame-options", "DENY"],
  ["x-content-type-options", "nosniff"],
  ["referrer-policy", "no-referrer"],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"],
  ["permissions-policy", PERMISSIONS_POLICY],
];

/**
 * Adds `SECURITY_HEADERS` to every response. Under Node they go straight onto the ServerResponse, which merges them
 * into the head it writes: setting them on each web `Response` instead (as hono/secure-headers does) doubled the
 * server's CPU per small request. Requests made in-process (tests) have no ServerResponse and get them on the Response.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const outgoing = outgoingOf(c);
    if (outgoing) for (const [name, value] of SECURITY_HEADERS) outgoing.setHeader(name, value);
    await next();
    if (!outgoing) for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
  };
}
