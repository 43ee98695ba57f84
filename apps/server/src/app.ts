import { ATLAS_VERSION } from "@unknot/core/atlas";
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
import { clinicRoutes } from "./routes/clinic.ts";
import { DEFAULT_OWNER, newRecordId } from "@unknot/storage";
import { contextStorage } from "hono/context-storage";
import { authRoutes } from "./auth/auth-routes.ts";
import { sessionViewer, type Auth } from "./auth/better-auth.ts";
import { meRoutes, shareRoutes } from "./auth/share-routes.ts";
import { currentViewer, viewerMiddleware } from "./auth/viewer.ts";

/** What the HTTP app needs from the outside world. */
export interface AppDeps {
  store: Store;
  /** The data directory: a replacing import first saves the diary to its `backups/` folder (with PostgreSQL too). */
  dataDir: string;
  /** Who may call the API (http/guard.ts); in-process requests default to port 3000. */
  access?: AccessOptions;
  /** Whose diary the API serves in personal mode (no `auth`): the default person unless a test says otherwise. */
  owner?: string;
  /** Accounts mode (auth/better-auth.ts): every request is someone's, and the diary routes serve that person's diary. */
  auth?: Auth | undefined;
  now?: () => string;
  newId?: () => string;
  /** The folder of the built web app; omitted in API-only tests. */
  webRoot?: string | undefined;
}

/** Builds the HTTP app: the JSON API under /api and, when `webRoot` is given, the web app. */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  const localOwner = deps.owner ?? DEFAULT_OWNER;
  const diary = {
    store: deps.store,
    dataDir: deps.dataDir,
    // The one place the diary's owner is decided: the person of the request's viewer (auth/viewer.ts).
    get owner() {
      return currentViewer().personId;
    },
    now,
    newId: deps.newId ?? (() => newRecordId()),
  };
  const accounts = deps.auth !== undefined;
  // Generated from the route table on first request: `app` is complete by then.
  let openApi: OpenApiDocument | undefined;
  const describeApi = (): OpenApiDocument => (openApi ??= openApiDocument(app.routes));
  // Every route checks its input with a validator of http/validate.ts (a test holds them to it); bodies are read, and
  // their size limited, by the validators of the routes that take one (http/body.ts). The better-auth catch-all
  // `/auth/*` checks its own bodies (auth/auth-routes.ts) and is described by auth/openapi-paths.ts.
  const api = new Hono()
    .get("/health", noInput(), (c) => c.json({ status: "ok" as const, database: deps.store.dialect, atlasVersion: ATLAS_VERSION }))
    .get("/openapi.json", noInput(), (c) => c.json(describeApi()))
    .route("/auth", authRoutes(deps.auth))
    .route("/me", meRoutes(accounts))
    .route("/", shareRoutes(diary, accounts))
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
    .route("/", transferRoutes(diary))
    .route("/", clinicRoutes(diary));
  const app = new Hono()
    .use("*", securityHeaders())
    .use("/api/*", requestGuard(deps.access ?? { port: 3000 }))
    .use("/api/*", contextStorage())
    .use("/api/*", viewerMiddleware(deps.auth ? sessionViewer(deps.store, deps.auth, now) : undefined, localOwner))
    .route("/api", api);
  app.notFound((c) => c.json({ error: { message: `No such endpoint: ${c.req.method} ${c.req.path}` } }, 404));
  app.onError(handleError);
  if (deps.webRoot) app.use("*", serveWebApp(deps.webRoot));
  return app;
}

/** The app's type, for the typed client `hc<AppType>` in the web app and the CLI. */
export type AppType = ReturnType<typeof createApp>;
