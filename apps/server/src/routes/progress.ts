import { type DiarySnapshot } from "@unknot/core/diary";
import { keepingGoing, outcomesSummary } from "@unknot/core/outcomes";
import { adherence, checkRange, heatMap, hotspots, painTrend, triggerPointEffects, type DateRange } from "@unknot/core/stats";
import { isRegionId, type RegionId } from "@unknot/core/vocabulary";
import { allRecords, loadSnapshot } from "@unknot/storage";
import { Hono, type Context } from "hono";
import { BadRequestError } from "../http/errors.ts";
import type { DiaryDeps } from "./diary.ts";

/**
 * `GET /progress?from&to[&region][&bucket=day|week]`: pain trend, per-point effect, hotspots, heat map and adherence of
 * a period, its outcome measures with the meaningful-change verdict, and sessions done against the weekly goal.
 */
export function progressRoutes(deps: DiaryDeps) {
  return new Hono().get("/", async (c) => {
    const { range, region, bucket } = readProgressQuery(c);
    // Every figure is of the period, so only the period's records are read; but a goal set before the period still applies.
    const [period, goals] = await Promise.all([loadSnapshot(deps.store, deps.owner, range), allRecords(deps.store, deps.owner, "goals")]);
    const snapshot: DiarySnapshot = { ...period, goals: goals as DiarySnapshot["goals"] };
    return c.json({
      range,
      trend: painTrend(snapshot, { ...range, bucket }),
      ...(region ? { regionTrend: painTrend(snapshot, { ...range, bucket, region }) } : {}),
      effects: triggerPointEffects(snapshot, range),
      hotspots: hotspots(snapshot, range),
      heatMap: heatMap(snapshot, range),
      adherence: adherence(snapshot, range),
      outcomes: outcomesSummary(snapshot, range),
      keepingGoing: keepingGoing(snapshot, range),
    });
  });
}

function readProgressQuery(c: Context): { range: DateRange; region?: RegionId; bucket: "day" | "week" } {
  const { from, to, region, bucket = "day" } = c.req.query();
  if (!from) throw new BadRequestError("from: is required (YYYY-MM-DD)", "from");
  if (!to) throw new BadRequestError("to: is required (YYYY-MM-DD)", "to");
  const problem = checkRange({ from, to });
  if (problem) throw new BadRequestError(problem, problem.split(":")[0]);
  if (region !== undefined && !isRegionId(region)) throw new BadRequestError(`region: unknown region "${region}"`, "region");
  if (bucket !== "day" && bucket !== "week") throw new BadRequestError('bucket: must be "day" or "week"', "bucket");
  return { range: { from, to }, ...(region ? { region: region as RegionId } : {}), bucket };
}
