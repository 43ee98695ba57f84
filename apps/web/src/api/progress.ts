import type { DateRange } from "@unknot/core/stats";
import type { RegionId } from "@unknot/core/vocabulary";
import type { InferResponseType } from "hono/client";
import { answer, api } from "./client.ts";
import { listCheckIns, listOutcomes, listSessions } from "./diary.ts";

/** What `GET /api/progress` answers: a period's pain trend, per-point effect, hotspots, heat map, adherence, outcomes and goal. */
export type ProgressReport = InferResponseType<typeof api.api.progress.$get, 200>;

/** Fetches the progress of a period, optionally with one region's own trend. */
export function fetchProgress(range: DateRange, region: RegionId | undefined, bucket: "day" | "week"): Promise<ProgressReport> {
  return answer(() => api.api.progress.$get({ query: { from: range.from, to: range.to, bucket, ...(region ? { region } : {}) } }));
}

/** True when the diary holds no session, no check-in and no outcome measure at all, whatever the period. */
export async function diaryIsEmpty(): Promise<boolean> {
  const pages = await Promise.all([listSessions({ limit: 1 }), listCheckIns({ limit: 1 }), listOutcomes({ limit: 1 })]);
  return pages.every((page) => page.items.length === 0);
}
