import type { Adherence, DateRange, Hotspot, KeepingGoing, OutcomesSummary, RegionId, TrendPoint, TriggerPointEffect } from "@unknot/core";
import { api } from "../../api.ts";
import { callApi } from "../data/api-call.ts";

/** What `GET /api/progress` answers: a period's pain trend, per-point effect, hotspots, heat map, adherence, outcomes and goal. */
export interface ProgressReport {
  range: DateRange;
  trend: TrendPoint[];
  regionTrend?: TrendPoint[];
  /** The trend of each of the (up to five) areas that hurt most often, most often first. */
  areaTrends: { region: RegionId; trend: TrendPoint[] }[];
  effects: TriggerPointEffect[];
  hotspots: Hotspot[];
  heatMap: Partial<Record<RegionId, number>>;
  adherence: Adherence;
  outcomes: OutcomesSummary;
  keepingGoing: KeepingGoing;
}

/** Fetches the progress of a period, optionally with one region's own trend. */
export function fetchProgress(range: DateRange, region: RegionId | undefined, bucket: "day" | "week"): Promise<ProgressReport> {
  const query: Record<string, string> = { from: range.from, to: range.to, bucket };
  if (region) query.region = region;
  return callApi<ProgressReport>(() => api.api.progress.$get({ query }));
}

/** True when the diary holds no session, no check-in and no outcome measure at all, whatever the period. */
export async function diaryIsEmpty(): Promise<boolean> {
  const [sessions, checkIns, outcomes] = await Promise.all([
    callApi<{ items: unknown[] }>(() => api.api.sessions.$get({ query: { limit: "1" } })),
    callApi<{ items: unknown[] }>(() => api.api["check-ins"].$get({ query: { limit: "1" } })),
    callApi<{ items: unknown[] }>(() => api.api.outcomes.$get({ query: { limit: "1" } })),
  ]);
  return sessions.items.length === 0 && checkIns.items.length === 0 && outcomes.items.length === 0;
}
