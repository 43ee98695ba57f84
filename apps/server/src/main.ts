import { serve } from "@hono/node-server";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.ts";
import { openStore, prepareStore } from "@unknot/storage";
import { readEnv } from "./env.ts";

const WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));

async function main(): Promise<void> {
  const env = readEnv();
  const store = openStore(env);
  const applied = await prepareStore(store, new Date().toISOString());
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) to ${store.location}`);
  const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : undefined;
  if (!webRoot) console.warn("The web app is not built (run `npm run build`); serving the API only.");
  const server = serve({ fetch: createApp({ store, webRoot }).fetch, hostname: env.host, port: env.port }, (info) => {
    const where = env.host === "127.0.0.1" || env.host === "localhost" ? "only on this computer" : "on the network";
    console.log(`Unknot is running at http://${env.host}:${info.port} (reachable ${where}; data: ${store.location})`);
  });
  const stop = () => server.close(() => void store.db.destroy().then(() => process.exit(0)));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
