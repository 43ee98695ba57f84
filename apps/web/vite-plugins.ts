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
      if (kb > INITIAL_JS_BUDGET_KB) this.error(`${line}: over budget. Load large modules with import().`);
      console.log(`\n${line}\n`);
    },
  };
}

/** The empty root that the prerendered home page fills. */
const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Renders the home page to HTML after the build and writes it into `dist/index.html`, so the intro, the safety notice
 * and the body map paint before any script has run; `main.tsx` then hydrates it (or replaces it on other pages).
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
        await writeFile(file, html.replace(EMPTY_ROOT, `<div id="root" data-prerendered="">${renderHome()}</div>`));
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
