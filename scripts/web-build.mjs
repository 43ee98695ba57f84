// Builds the web app when its output is missing or older than its sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const WEB_DIST = "apps/web/dist/index.html";
const SOURCES = [
  "apps/web/src",
  "apps/web/index.html",
  "apps/web/public",
  "apps/web/sw",
  "apps/web/vite.config.ts",
  "apps/web/vite-plugins.ts",
  "packages/core/src",
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Runs `vite build` for the web app unless its built index.html is newer than every source file. */
export function ensureWebBuilt() {
  const built = existsSync(WEB_DIST) ? statSync(WEB_DIST).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map(newestMtime))) return;
  console.log("Building the web app…");
  execSync("npm run build --workspace @unknot/web", { stdio: "inherit" });
}
