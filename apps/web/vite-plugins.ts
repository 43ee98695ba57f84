import { readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { createServer, type Plugin, type PluginOption } from "vite";

type Bundle = Parameters<NonNullable<Extract<Plugin["generateBundle"], (...args: never[]) => unknown>>>[1];

/** The most JavaScript, gzipped, that the first page may download before it can run. */
export const INITIAL_JS_BUDGET_KB = 120;

/** The chunks a first visit loads: the entry and everything it imports statically. */
function initialChunks(bundle: Bundle): string[] {
  const entry = Object.values(bundle).find((file) => file.type === "chunk" && file.isEntry);
  if (!entry || entry.type !== "chunk") return [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    const file = bundle[name];
    if (seen.has(name) || !file || file.type !== "chunk") return;
    seen.add(name);
    file.imports.forEach(visit);
  };
  visit(entry.fileName);
  return [...seen];
}

/**
 * Prints the gzipped size of the JavaScript a first visit loads, and fails the build above the budget, so the atlas
 * and other large modules stay behind dynamic imports.
 */
export function initialSizeReport(): Plugin {
  return {
    name: "unknot-initial-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = initialChunks(bundle);
      let bytes = 0;
      for (const name of chunks) {
        const file = bundle[name];
        if (file?.type === "chunk") bytes += gzipSync(file.code, { level: 9 }).length;
      }
      const kb = bytes / 1024;
      const line = `Initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${chunks.length} file(s) (budget ${INITIAL_JS_BUDGET_KB} KB)`;
      if (kb > INITIAL_JS_BUDGET_KB) {
        // Said here as well: Vite 8 ends the build on this.error without printing its message.
        console.error(`\n${line}: over budget. Load large modules with import().\n`);
        this.error(`${line}: over budget. Load large modules with import().`);
      }
      console.log(`\n${line}\n`);
    },
  };
}

/** Pages whose code loads on demand, and the modules (relative to the web app) each one needs before it can paint. */
export interface RoutePreload {
  /** Matched against the address's path and query, e.g. `^/atlas/[a-z0-9-]+$`. */
  address: string;
  modules: string[];
}

/** The chunks that hold a dynamically imported module and what it imports, less those the first visit loaded already. */
function lazyChunks(bundle: Bundle, module: string, initial: Set<string>): string[] {
  const chunk = Object.values(bundle).find((file) => file.type === "chunk" && file.moduleIds.some((id) => id.endsWith(`/${module}`)));
  if (!chunk || chunk.type !== "chunk") throw new Error(`No chunk loads ${module}: update the route preloads in vite.config.ts`);
  const seen = new Set<string>();
  const visit = (name: string) => {
    const file = bundle[name];
    if (seen.has(name) || initial.has(name) || !file || file.type !== "chunk") return;
    seen.add(name);
    file.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return [...seen];
}

/**
 * Writes `client-route.js` (the blocking script at the top of index.html) with, for each lazily loaded page, the
 * chunks it needs, which the script asks for as `modulepreload` links. They then download alongside the entry
 * instead of after it has run and the router has asked for them, which on a slow phone saves a whole round of
 * downloads before the page's main content can paint.
 */
export function routePreloads(routes: RoutePreload[]): Plugin {
  let root = "";
  return {
    name: "unknot-route-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const initial = new Set(initialChunks(bundle));
      const table = routes.map(({ address, modules }) => [
        address,
        [...new Set(modules.flatMap((module) => lazyChunks(bundle, module, initial)))].map((name) => `/${name}`),
      ]);
      const script = await readFile(join(root, "public", "client-route.js"), "utf8");
      const marker = "var ROUTE_PRELOADS = [];";
      if (!script.includes(marker)) this.error(`public/client-route.js has no "${marker}" to fill`);
      this.emitFile({
        type: "asset",
        fileName: "client-route.js",
        source: script.replace(marker, `var ROUTE_PRELOADS = ${JSON.stringify(table)};`),
      });
    },
  };
}

/** The empty root that the prerendered home page fills. */
const EMPTY_ROOT = '<div id="root"></div>';

/** The page the server sends for every address but the home page (apps/server/src/http/static.ts). */
const APP_SHELL = "app.html";

/** The prerendered page with its header and footer but an empty `<main>`: what other pages paint before the app runs. */
function withoutHomeContent(home: string): string {
  const main = /(<main id="main"[^>]*>)[\s\S]*(<\/main>)/.exec(home);
  if (!main) throw new Error('The prerendered home page has no <main id="main">');
  return home.replace(main[0], `${main[1]}${main[2]}`);
}

/**
 * Renders the home page to HTML after the build and writes it into `dist/index.html`, so the intro, the safety notice
 * and the body map paint before any script has run; `main.tsx` then hydrates it (or replaces it on other pages).
 * `dist/app.html` is the same page without the home page's content, for the server to send to every other address:
 * they would only hide it, and its download (about 20 KB gzipped, the body map) delays their first paint.
 */
export function prerenderHome(plugins: PluginOption[]): Plugin {
  let root = "";
  let outDir = "";
  return {
    name: "unknot-prerender-home",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const server = await createServer({
        configFile: false,
        root,
        logLevel: "error",
        plugins,
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: "custom",
      });
      try {
        const { renderHome } = (await server.ssrLoadModule("/src/prerender.tsx")) as { renderHome: () => string };
        const file = join(root, outDir, "index.html");
        const html = await readFile(file, "utf8");
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into`);
        const home = html.replace(EMPTY_ROOT, `<div id="root" data-prerendered="">${renderHome()}</div>`);
        await writeFile(file, home);
        await writeFile(join(root, outDir, APP_SHELL), withoutHomeContent(home));
      } finally {
        await server.close();
      }
      // Runs here rather than in a plugin of its own: closeBundle hooks run in parallel, and index.html must be final.
      await gzipTextFiles(join(root, outDir));
    },
  };
}

const TEXT_FILES = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".txt"]);

/** Writes `name.gz` beside every text file of the build, for the server to send to browsers that accept gzip. */
async function gzipTextFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT_FILES.has(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: 9 }));
  }
}
