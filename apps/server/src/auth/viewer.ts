import { DEFAULT_OWNER } from "@unknot/storage";
import type { MiddlewareHandler } from "hono";
import { getContext } from "hono/context-storage";
import type { ErrorBody } from "../http/errors.ts";

/** Who is making a request: their account, the person whose diary they own, and their role. */
export interface Viewer {
  userId: string;
  personId: string;
  role: "person" | "clinician";
}

/** Hono's variables for every /api request: the viewer is always set by the time a route runs. */
export interface ViewerEnv {
  Variables: { viewer: Viewer };
}

/** Personal mode's only viewer: the one person on this computer, who owns the default diary. */
export const LOCAL_VIEWER: Viewer = Object.freeze({ userId: "local", personId: DEFAULT_OWNER, role: "person" });

/** Finds the viewer of a request from its headers (the session cookie), or undefined when signed out. */
export type ViewerLookup = (headers: Headers) => Promise<Viewer | undefined>;

/** The /api paths anyone may call without a session: what the public finder and atlas pages need, and signing in. */
const PUBLIC_PATHS = [
  /^\/api\/health$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/atlas(\/|$)/,
  /^\/api\/find(\/|$)/,
  /^\/api\/auth\//,
  /^\/api\/me$/,
];

export function isPublicPath(path: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(path));
}

/**
 * Sets `c.var.viewer` on every /api request. Personal mode (no `lookup`): always the local viewer. Accounts mode:
 * the session's viewer; a request without a valid session gets 401, except on the public paths, where the
 * viewer stays unset.
 */
export function viewerMiddleware(lookup: ViewerLookup | undefined, localOwner = DEFAULT_OWNER): MiddlewareHandler<ViewerEnv> {
  const local = localOwner === DEFAULT_OWNER ? LOCAL_VIEWER : Object.freeze({ ...LOCAL_VIEWER, personId: localOwner });
  return async (c, next) => {
    if (!lookup) {
      c.set("viewer", local);
      return next();
    }
    const viewer = await lookup(c.req.raw.headers);
    if (viewer) c.set("viewer", viewer);
    else if (!isPublicPath(c.req.path)) {
      return c.json<ErrorBody>({ error: { message: "Sign in first: this needs an account." } }, 401);
    }
    return next();
  };
}

/**
 * The viewer of the request being handled (Hono's context storage, set up in app.ts). Routes that only serve the
 * viewer's own diary read their owner through this, so none of them has to thread the context along.
 */
export function currentViewer(): Viewer {
  const viewer = getContext<ViewerEnv>().var.viewer as Viewer | undefined;
  if (!viewer) throw new Error("No viewer: a route that serves a diary ran outside the viewer middleware or on a public path.");
  return viewer;
}
