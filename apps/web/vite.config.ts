import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
// By path rather than package name: the config loader bundles relative files but leaves packages to Node, which cannot
// import TypeScript. The table is plain data.
import { MUSCLE_TABLE } from "../../packages/core/src/vocabulary/muscle-table.ts";
import { initialSizeReport, prerenderHome, routePreloads, type RoutePreload } from "./vite-plugins.ts";

// Core's modules only declare data and functions, so any module whose exports a chunk does not use can be dropped:
// this keeps the atlas (hundreds of kilobytes) out of the first download until a page imports the finder.
const isCoreModule = (id: string) => /[\\/]packages[\\/]core[\\/]src[\\/]/.test(id);
const atlasAreaChunk = (id: string) => /[\\/]core[\\/]src[\\/]atlas[\\/]data[\\/]([a-z-]+)\.ts$/.exec(id)?.[1] ?? null;

// Pages whose main content waits for lazily loaded code (router/routes.tsx, find/FindPage.tsx): public/client-route.js
// preloads it from the first moment. Every lazy page also brings the server-data cache (router/lazy-page.tsx).
const QUERY_CLIENT = "src/shared/query-client.ts";
const ROUTE_PRELOADS: RoutePreload[] = [
  { address: "^/atlas/?$", modules: ["src/features/atlas/AtlasPage.tsx", QUERY_CLIENT] },
  { address: "^/atlas/[a-z0-9-]+/?$", modules: ["src/router/MuscleRoute.tsx", QUERY_CLIENT] },
  // A muscle's page loads the records of the muscle's body area (features/atlas/muscle-records.ts).
  ...[...new Set(MUSCLE_TABLE.map((muscle) => muscle.group))].map((group) => ({
    address: `^/atlas/(${MUSCLE_TABLE.filter((muscle) => muscle.group === group)
      .map((muscle) => muscle.id)
      .join("|")})/?$`,
    modules: [`core/src/atlas/data/${group}.ts`],
  })),
  // Results (rather than the safety questions) show once the address holds the answers to them.
  // Only the part with the safety verdict: the ranked points and the atlas load once it has painted (ResultsView.tsx).
  { address: "^/find/?\\?(.*&)?flags=", modules: ["src/features/results/ResultsView.tsx"] },
];

export default defineConfig({
  // The service worker comes last: its list of files to store must see index.html after the home page is prerendered into it.
  plugins: [react(), initialSizeReport(), routePreloads(ROUTE_PRELOADS), prerenderHome([react()]), serviceWorker()],
  // The API answers only its own host and origin (apps/server/src/http/guard.ts): the dev proxy presents itself as the server.
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: true, headers: { origin: "http://127.0.0.1:3000" } } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !isCoreModule(id) },
      // Each body area of the atlas in a chunk of its own, so a muscle's page downloads only its area's records; and
      // everything a first visit loads in one file. Left to itself, the bundler splits modules that the entry shares
      // with lazily loaded pages (the router, typed search parameters, browser storage) into extra chunks as soon as one
      // more page imports them, and each extra file costs gzip and import overhead: declaring /history's query on
      // router/search.ts took the first download from 119.1 KB in 3 files to 120.0 KB in 5; in one file it is 118.4 KB.
      output: {
        codeSplitting: {
          groups: [
            { name: atlasAreaChunk, debugName: "atlas-areas", includeDependenciesRecursively: false },
            { name: "app", tags: ["$initial"] },
          ],
        },
      },
    },
  },
});

/**
 * Builds `sw/sw.ts` into `dist/sw.js` with the list of built files it stores for offline use. main.tsx registers it
 * from a file (the CSP allows no inline script); the web app manifest stays the hand-written one in public/.
 */
function serviceWorker() {
  return VitePWA({
    strategies: "injectManifest",
    srcDir: "sw",
    filename: "sw.ts",
    injectRegister: false,
    manifest: false,
    injectManifest: {
      rollupFormat: "iife",
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,woff2}"],
    },
  });
}
