import type { DateRange } from "@unknot/core/stats";
import type { AreaLine } from "./TrendChart.tsx";

const HALF_DAY = 12 * 60 * 60;

/** Seconds since the epoch at local midnight of a `YYYY-MM-DD` date, as uPlot's time axis expects. */
export function localSeconds(date: string): number {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))).getTime() / 1000;
}

/**
 * The time axis spans the chosen period, not just the days with ratings: with one rated day uPlot would otherwise
 * invent a range around that single point. Half a day either side keeps the first and last markers whole.
 */
export function periodAxis(range: DateRange): [number, number] {
  return [localSeconds(range.from) - HALF_DAY, localSeconds(range.to) + HALF_DAY];
}

/** Lines up every area on the union of their dates; a date an area was not rated is a gap (null). */
export function alignLines(lines: readonly AreaLine[]) {
  const dates = [...new Set(lines.flatMap((line) => line.trend.map((p) => p.date)))].sort();
  const values = lines.map((line) => {
    const byDate = new Map(line.trend.map((p) => [p.date, Math.round(p.average * 10) / 10]));
    return dates.map((d) => byDate.get(d) ?? null);
  });
  return { dates, values };
}

/**
 * Marker size of each line: earlier lines get larger hollow rings, so two areas rated the same on the same day show as
 * rings one inside the other instead of the later one hiding the earlier.
 */
export function markerSize(index: number, count: number): number {
  return 7 + 4 * (count - 1 - index);
}
