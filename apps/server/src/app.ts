import { ATLAS_VERSION } from "@unknot/core";
import { Hono } from "hono";
import type { Store } from "@unknot/storage";
import { handleError } from "./http/errors.ts";
import { requestGuard, type AccessOptions } from "./http/guard.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { openApiDocument, type OpenApiDocument } from "./http/openapi.ts";
import { serveWebApp } from "./http/static.ts";
import { noInput } from "./http/validate.ts";
import { recordRoutes } from "./routes/diary.ts";
import { finderRoutes } from "./routes/finder.ts";
import { planRoutines } from "./routes/plan.ts";
import { progressRoutes } from "./routes/progress.ts";
import { transferRoutes } from "./routes/transfer.ts";
import { DEFAULT_OWNER, newRecordId } from "@unknot/storage";

/** What the HTTP app needs from the outside world. */
export interface AppDeps {
  store: Store;
  /** The data directory: a replacing import first saves the diary to its `backups/` folder (with PostgreSQL too). */
  dataDir: string;
  /** Who may call the API (http/guard.ts); in-process requests default to port 3000. */
  access?: AccessOptions;
  /** Whose diary the API serves; one person by default, accounts later. */
  owner?: string;
  now?: () => string;
  newId?: () => string;
  /** The folder of the built web app; omitted in API-only tests. */
  webRoot?: string | undefined;
}

/** Builds the HTTP app: the JSON API under /api and, when `webRoot` is given, the web app. */
export function createApp(deps: AppDeps) {
  const diary = {
    store: deps.store,
    dataDir: deps.dataDir,
    owner: deps.owner ?? DEFAULT_OWNER,
    now: deps.now ?? (() => new Date().toISOString()),
    newId: deps.newId ?? (() => newRecordId()),
  };
  // Generated from the route table on first request: `app` is complete by then.
  let openApi: OpenApiDocument | undefined;
  const describeApi = (): OpenApiDocument => (openApi ??= openApiDocument(app.routes));
  // Every route checks its input with a validator of http/validate.ts (a test holds them to it); bodies are read, and
  // their size limited, by the validators of the routes that take one (http/body.ts).
  const api = new Hono()
    .get("/health", noInput(), (c) => c.json({ status: "ok" as const, database: deps.store.dialect, atlasVersion: ATLAS_VERSION }))
    .get("/openapi.json", noInput(), (c) => c.json(describeApi()))
    .route("/", finderRoutes())
    .route("/assessments", recordRoutes("assessments", diary))
    .route("/press-tests", recordRoutes("pressTests", diary))
    .route("/routines", recordRoutes("routines", diary))
    .route("/sessions", recordRoutes("sessions", diary))
    .route("/check-ins", recordRoutes("checkIns", diary))
    .route("/outcomes", recordRoutes("outcomes", diary))
    .route("/goals", recordRoutes("goals", diary))
    .route("/progress", progressRoutes(diary))
    .route("/plan", planRoutines(diary))
    .route("/", transferRoutes(diary));
  const app = new Hono()
    .use("*", securityHeaders())
    .use("/api/*", requestGuard(deps.access ?? { port: 3000 }))
    .route("/api", api);
  app.notFound((c) => c.json({ error: { message: `No such endpoint: ${c.req.method} ${c.req.path}` } }, 404));
  app.onError(handleError);
  if (deps.webRoot) app.use("*", serveWebApp(deps.webRoot));
  return app;
}

/** The app's type, for the typed client `hc<AppType>` in the web app and the CLI. */
export type AppType = ReturnType<typeof createApp>;
