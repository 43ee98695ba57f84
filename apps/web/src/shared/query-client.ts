import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/index.ts";

/** Tries after the first: a phone between networks often gets through on the second or third. */
const RETRIES = 2;

/**
 * Whether a failed load is worth trying again: not when the browser knows it is offline (the error shows at once, and
 * the load runs again when the connection is back), nor when the server refused the request itself (4xx).
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (failures >= RETRIES || !navigator.onLine) return false;
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500);
}

/**
 * The one cache of server data, shared by every page. Loads always start (`networkMode: "always"`: the server may be
 * on this very device), failed ones are retried with growing pauses and loaded again when the connection comes back;
 * moving between pages within half a minute shows what was just loaded. Mutations are not retried here: a session
 * that cannot be sent waits in the outbox (`shared/outbox/outbox.ts`).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: "always", retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { networkMode: "always", retry: false },
  },
});

/** The keys of the server data the pages load; a key holds every filter, so a new filter never shows an old answer. */
export const queryKeys = {
  sessions: (filter: object) => ["sessions", filter] as const,
  progress: (filter: object) => ["progress", filter] as const,
  report: (filter: object) => ["report", filter] as const,
  savedRoutines: ["routines"] as const,
  checkIn: ["check-in"] as const,
};

/**
 * Marks everything read from the diary as out of date after a record is saved: each page loads it again when next
 * shown. Nothing reloads at once, so the page that saved keeps showing what it just confirmed.
 */
export function invalidateDiary(): Promise<void> {
  return queryClient.invalidateQueries({ refetchType: "none" });
}
