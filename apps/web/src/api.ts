import type { SessionInput, StoredSession } from "@unknot/core";
import type { AppType } from "@unknot/server";
import { hc } from "hono/client";

/** The typed client of Unknot's API, on the same origin as the app. */
export const api = hc<AppType>("/");

/** A failed API call: the server's message (naming the field when there is one), or why the server was not reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }

  /** True when the server was not reached at all (offline, or the server is down). */
  get offline(): boolean {
    return this.status === 0;
  }
}

const OFFLINE_MESSAGE = "Could not reach the Unknot server. Check your connection and try again.";

async function call<T>(request: () => Promise<Response>, read: (res: Response) => Promise<T>): Promise<T> {
  let res: Response;
  try {
    res = await request();
  } catch {
    throw new ApiError(OFFLINE_MESSAGE, 0);
  }
  if (res.ok) return read(res);
  const body = (await res.json().catch(() => undefined)) as { error?: { message?: string; field?: string } } | undefined;
  throw new ApiError(body?.error?.message ?? `The server answered ${res.status}.`, res.status, body?.error?.field);
}

const json = (body: unknown) => ({ init: { body: JSON.stringify(body), headers: { "content-type": "application/json" } } });

/** Saves a finished session to the diary. */
export function saveSession(input: SessionInput): Promise<StoredSession> {
  return call(
    () => api.api.sessions.$post({}, json(input)),
    (res) => res.json() as Promise<StoredSession>,
  );
}

/** Filters of the session list; dates are the person's local dates, `YYYY-MM-DD`. */
export interface SessionFilter {
  from?: string | undefined;
  to?: string | undefined;
  region?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** One page of the diary's sessions, newest first, and the cursor of the next page if there is one. */
export interface SessionPage {
  items: StoredSession[];
  nextCursor?: string | undefined;
}

/** Lists sessions by date range and region, one page at a time. */
export function listSessions(filter: SessionFilter): Promise<SessionPage> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== "") query[key] = String(value);
  return call(
    () => api.api.sessions.$get({ query }),
    (res) => res.json() as Promise<SessionPage>,
  );
}

/** Deletes one session from the diary. */
export function deleteSession(id: string): Promise<void> {
  return call(
    // The server takes writes only as JSON (a defence against other sites' forms), so a DELETE says so too.
    () => api.api.sessions[":id"].$delete({ param: { id } }, { headers: { "content-type": "application/json" } }),
    async () => undefined,
  );
}
