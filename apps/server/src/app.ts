import { ATLAS_VERSION } from "@unknot/core";
import { Hono } from "hono";
import type { Store } from "./db/connect.ts";
import { handleError } from "./http/errors.ts";
import { serveWebApp } from "./http/static.ts";

/** What the HTTP app needs from the outside world. */
export interface AppDeps {
  store: Store;
  /** The folder of the built web app; omitted in API-only tests. */
  webRoot?: string | undefined;
}

/** Builds the HTTP app: the JSON API under /api and, when `webRoot` is given, the web app. */
export function createApp(deps: AppDeps) {
  const api = new Hono().get("/health", (c) =>
    c.json({ status: "ok" as const, database: deps.store.dialect, atlasVersion: ATLAS_VERSION }),
  );
  const app = new Hono().route("/api", api);
  app.notFound((c) => c.json({ error: { message: `No such endpoint: ${c.req.method} ${c.req.path}` } }, 404));
  app.onError(handleError);
  if (deps.webRoot) app.use("*", serveWebApp(deps.webRoot));
  return app;
}

/** The app's type, for the typed client `hc<AppType>` in the web app and the CLI. */
export type AppType = ReturnType<typeof createApp>;
