import { serveStatic } from "@hono/node-server/serve-static";
import type { MiddlewareHandler } from "hono";
import { extname } from "node:path";

/** What serveStatic calls when it has no file: nothing, so the wrapper below decides what comes next. */
const noFile = () => Promise.resolve();

/**
 * Built files carry a content hash in their names, so browsers may keep them; everything else is checked
 * each time. (Set on the answer itself: serveStatic calls `onFound` after it has built the answer.)
 */
function withCaching(response: Response, urlPath: string): Response {
  const immutable = urlPath.startsWith("/assets/");
  response.headers.set("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  response.headers.set("vary", "accept-encoding");
  return response;
}

/**
 * Serves the built web app from `root` with Hono's static server, which refuses `..` and encoded
 * separators and sends the gzipped copy the web build writes beside each text file. What it does not
 * know stays here: only GET and HEAD outside /api, the caching rule, and the app for any page address
 * (no extension) that is not a file, so that client-side routes such as /find can be bookmarked: `/` is
 * index.html with the home page prerendered, any other page the bare app.html.
 */
export function serveWebApp(root: string): MiddlewareHandler {
  const options = { root, precompressed: true };
  const files = serveStatic(options);
  const app = serveStatic({ ...options, path: "index.html" });
  // The build also writes the app without the prerendered home page (app.html, a fortieth of its size): other pages
  // would only hide that page, and on a slow phone its download delays their first paint. Older builds lack it.
  const shell = serveStatic({ ...options, path: "app.html" });
  return async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.req.path.startsWith("/api/")) return next();
    const file = await files(c, noFile);
    if (file) return withCaching(file, c.req.path);
    // Only page addresses fall back to the app; a missing file such as /assets/x.js is a real 404.
    const page = extname(c.req.path) === "" ? ((await shell(c, noFile)) ?? (await app(c, noFile))) : undefined;
    return page ? withCaching(page, "/index.html") : next();
  };
}
