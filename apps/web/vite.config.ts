import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { assetManifest, initialSizeReport, prerenderHome } from "./vite-plugins.ts";

// Core's modules only declare data and functions, so any module whose exports a chunk does not use can be dropped:
// this keeps the atlas (hundreds of kilobytes) out of the first download until a page imports the finder.
const isCoreModule = (id: string) => /[\\/]packages[\\/]core[\\/]src[\\/]/.test(id);

export default defineConfig({
  plugins: [react(), initialSizeReport(), assetManifest(), prerenderHome([react()])],
  // The API answers only its own host and origin (apps/server/src/http/guard.ts): the dev proxy presents itself as the server.
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: true, headers: { origin: "http://127.0.0.1:3000" } } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !isCoreModule(id) } },
  },
});
