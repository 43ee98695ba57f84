import { sessionDrop, type TrendPoint } from "@unknot/core/stats";
import { type DiarySnapshot } from "@unknot/core/diary";

/** The headline numbers of a report. */
export interface ReportSummary {
  sessions: number;
  /** Distinct trigger points worked. */
  points: number;
  /** Mean before → after drop over sessions rated both ways; null when none were. */
  averageDrop: number | null;
  /** Mean pain in the first and last week that had ratings; undefined without ratings. */
  firstWeek: number | undefined;
  lastWeek: number | undefined;
  /** The highest pressure-pain recorded while working a point. */
  highestPressurePain: number | undefined;
}

function meanOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Weighted mean pain of the trend points in the first (or last) seven days that have ratings. */
function weekMean(trend: readonly TrendPoint[], which: "first" | "last"): number | undefined {
  if (trend.length === 0) return undefined;
  const edge = which === "first" ? trend[0] : trend[trend.length - 1];
  if (!edge) return undefined;
  const limit = Date.parse(`${edge.date}T00:00:00Z`) + (which === "first" ? 1 : -1) * 6 * 86_400_000;
  const inWeek = trend.filter((p) => {
    const t = Date.parse(`${p.date}T00:00:00Z`);
    return which === "first" ? t <= limit : t >= limit;
  });
  const count = inWeek.reduce((sum, p) => sum + p.count, 0);
  return count === 0 ? undefined : inWeek.reduce((sum, p) => sum + p.average * p.count, 0) / count;
}

/** Summarises a period for a clinician: how much was done, and how pain moved. */
export function summariseReport(sessions: DiarySnapshot["sessions"], trend: readonly TrendPoint[]): ReportSummary {
  const drops = sessions.map(sessionDrop).filter((d): d is number => d !== undefined);
  const pressure = sessions.flatMap((s) => s.points.map((p) => p.maxPain));
  return {
    sessions: sessions.length,
    points: new Set(sessions.flatMap((s) => s.points.map((p) => p.triggerPoint))).size,
    averageDrop: meanOf(drops) ?? null,
    firstWeek: weekMean(trend, "first"),
    lastWeek: weekMean(trend, "last"),
    highestPressurePain: pressure.length === 0 ? undefined : Math.max(...pressure),
  };
}
