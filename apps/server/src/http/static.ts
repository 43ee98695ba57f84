import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { MiddlewareHandler } from "hono";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/**
 * Serves the built web app from `root`; any other GET that is not under /api gets index.html,
 * so that client-side routes such as /find can be bookmarked.
 */
export function serveWebApp(root: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (c.req.path.startsWith("/api/")) return next();
    // Only page addresses fall back to the app; a missing file such as /assets/x.js is a real 404.
    const isPage = extname(c.req.path) === "";
    const file = (await existingFile(root, c.req.path)) ?? (isPage ? await existingFile(root, "/index.html") : undefined);
    if (!file) return next();
    // The web build writes a gzipped copy beside each text file; sending it cuts the first download to about a third.
    const gzipped = /\bgzip\b/.test(c.req.header("accept-encoding") ?? "") ? await existingPath(`${file}.gz`) : undefined;
    const body = await readFile(gzipped ?? file);
    const immutable = file.includes(`${sep}assets${sep}`);
    return c.body(body, 200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "accept-encoding",
      ...(gzipped ? { "content-encoding": "gzip" } : {}),
    });
  };
}

async function existingFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(normalize(root))) return undefined;
  return existingPath(candidate);
}

async function existingPath(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? path : undefined;
}
