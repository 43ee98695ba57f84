import { serve } from "@hono/node-server";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.ts";
import { openStore, prepareStore } from "@unknot/storage";
import { isLoopbackHost, readEnv } from "./env.ts";
import { createAuth } from "./auth/better-auth.ts";

const WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));

async function main(): Promise<void> {
  const env = readEnv();
  const store = openStore(env);
  const applied = await prepareStore(store, new Date().toISOString());
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) to ${store.location}`);
  const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : undefined;
  if (!webRoot) console.warn("The web app is not built (run `npm run build`); serving the API only.");
  const auth = env.accounts
    ? await createAuth(store, { publicOrigin: env.publicOrigin, port: env.port, secret: env.authSecret })
    : undefined;
  const app = createApp({ store, webRoot, auth, dataDir: env.dataDir, access: { port: env.port, publicOrigin: env.publicOrigin } });
  // readEnv refuses a HOST beyond loopback unless accounts are on and UNKNOT_ORIGIN is set.
  const server = serve({ fetch: app.fetch, hostname: env.host, port: env.port }, (info) => {
    const reach = isLoopbackHost(env.host) ? "reachable only on this computer" : "reachable from the network";
    const shared = env.publicOrigin ? `, and as ${env.publicOrigin}` : "";
    const mode = env.accounts ? "accounts: sign-in required" : "personal: one person, no sign-in";
    console.log(`Unknot is running at http://${env.host}:${info.port} (${reach}${shared}; ${mode}; data: ${store.location})`);
  });
  const stop = () => server.close(() => void store.db.destroy().then(() => process.exit(0)));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
