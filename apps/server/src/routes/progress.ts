import {
  adherence,
  checkRange,
  heatMap,
  hotspots,
  keepingGoing,
  outcomesSummary,
  painTrend,
  triggerPointEffects,
  type DateRange,
  type DiarySnapshot,
} from "@unknot/core";
import { allRecords, loadSnapshot } from "@unknot/storage";
import { Hono } from "hono";
import { z } from "zod";
import { query } from "../http/validate.ts";
import type { DiaryDeps } from "./diary.ts";
import { ownerOf } from "./owner.ts";
import { regionParam } from "./query-fields.ts";

/** `GET /progress`: the period (local dates, `to` counts as today), a region for its own trend, and day or week buckets. */
export const ProgressQuerySchema = z
  .object({
    from: z.string().describe("First local date, YYYY-MM-DD"),
    to: z.string().describe("Last local date, YYYY-MM-DD"),
    region: regionParam.optional().describe("Also the trend of this region"),
    bucket: z.enum(["day", "week"], { error: 'must be "day" or "week"' }).default("day").describe("day (default) or week"),
  })
  .superRefine(({ from, to }, ctx) => {
    const problem = checkRange({ from, to });
    if (!problem) return;
    const [field = "from", ...message] = problem.split(": ");
    ctx.addIssue({ code: "custom", path: [field], message: message.join(": ") });
  });

/** The most areas drawn as their own line: the areas that hurt most often, so the chart stays readable. */
const AREA_LINES = 5;

/**
 * `GET /progress?from&to[&region][&bucket=day|week]`: pain trend, per-point effect, hotspots, heat map and adherence of
 * a period, its outcome measures with the meaningful-change verdict, and sessions done against the weekly goal.
 */
export function progressRoutes(deps: DiaryDeps) {
  return new Hono().get("/", query(ProgressQuerySchema), async (c) => {
    const { from, to, region, bucket } = c.req.valid("query");
    const range: DateRange = { from, to };
    const owner = ownerOf(c, deps);
    // Every figure is of the period, so only the period's records are read; but a goal set before the period still applies.
    const [period, goals] = await Promise.all([loadSnapshot(deps.store, owner, range), allRecords(deps.store, owner, "goals")]);
    const snapshot: DiarySnapshot = { ...period, goals: goals as DiarySnapshot["goals"] };
    return c.json({
      range,
      trend: painTrend(snapshot, { ...range, bucket }),
      ...(region ? { regionTrend: painTrend(snapshot, { ...range, bucket, region }) } : {}),
      // One line per area: an average of a headache and buttock pain zigzags and hides either one's change.
      areaTrends: hotspots(snapshot, range)
        .slice(0, AREA_LINES)
        .map((spot) => ({ region: spot.region, trend: painTrend(snapshot, { ...range, bucket, region: spot.region }) })),
      effects: triggerPointEffects(snapshot, range),
      hotspots: hotspots(snapshot, range),
      heatMap: heatMap(snapshot, range),
      adherence: adherence(snapshot, range),
      outcomes: outcomesSummary(snapshot, range),
      keepingGoing: keepingGoing(snapshot, range),
    });
  });
}
