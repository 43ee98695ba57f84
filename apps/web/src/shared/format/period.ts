import { addDays, checkRange, daysBetween, type DateRange } from "@unknot/core/stats";
import { isRegionId, type RegionId } from "@unknot/core/vocabulary";

/** A ready-made period, counted back from today. */
export interface PeriodPreset {
  id: string;
  label: string;
  days: number;
}

/** The periods offered as one tap; the first four weeks are the default. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  { id: "2w", label: "2 weeks", days: 14 },
  { id: "4w", label: "4 weeks", days: 28 },
  { id: "3m", label: "3 months", days: 91 },
  { id: "1y", label: "1 year", days: 365 },
];

/** The default period: the last four weeks. */
export const DEFAULT_PRESET = "4w";

/** The period the progress and report pages show, as read from their address. */
export interface Period extends DateRange {
  /** The preset's id, or "custom" for dates the person typed. */
  preset: string;
  region: RegionId | undefined;
  /** Why part of the address was ignored, in plain words. */
  problem: string | undefined;
}

/** The range of a preset ending today (`today` is the person's local date). */
export function presetRange(preset: PeriodPreset, today: string): DateRange {
  return { from: addDays(today, -(preset.days - 1)), to: today };
}

/**
 * Reads `?period=4w` or `?from=YYYY-MM-DD&to=YYYY-MM-DD`, and `&region=`, falling back to the last four weeks with a
 * note when the dates are not valid.
 */
export function readPeriod(query: URLSearchParams, today: string): Period {
  const regionParam = query.get("region") ?? "";
  const region = isRegionId(regionParam) ? regionParam : undefined;
  const regionProblem = regionParam && !region ? `"${regionParam}" is not an area of the body map, so all areas are shown.` : undefined;
  const from = query.get("from");
  const to = query.get("to");
  if (from && to) {
    const problem = checkRange({ from, to });
    if (!problem) return { preset: "custom", from, to, region, problem: regionProblem };
    return { ...defaultPeriod(today), region, problem: `Those dates could not be used (${problem}), so the last 4 weeks are shown.` };
  }
  const preset = PERIOD_PRESETS.find((p) => p.id === query.get("period"));
  if (preset) return { preset: preset.id, ...presetRange(preset, today), region, problem: regionProblem };
  return { ...defaultPeriod(today), region, problem: regionProblem };
}

function defaultPeriod(today: string): Omit<Period, "region" | "problem"> {
  const preset = PERIOD_PRESETS.find((p) => p.id === DEFAULT_PRESET) as PeriodPreset;
  return { preset: preset.id, ...presetRange(preset, today) };
}

/** The query string that keeps a period (and region) in the address: presets by name, custom ranges by dates. */
export function periodQuery(period: Pick<Period, "preset" | "from" | "to" | "region">): string {
  const params = new URLSearchParams();
  if (period.preset === "custom") {
    params.set("from", period.from);
    params.set("to", period.to);
  } else if (period.preset !== DEFAULT_PRESET) params.set("period", period.preset);
  if (period.region) params.set("region", period.region);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Days are easier to read over a month or so; beyond that, one point a week. */
export function bucketFor(range: DateRange): "day" | "week" {
  return daysBetween(range.from, range.to) <= 45 ? "day" : "week";
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A `YYYY-MM-DD` date as the person's locale writes it, e.g. "3 Mar 2026". */
export function formatDay(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : DATE_FORMAT.format(time);
}

const SHORT_FORMAT = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });

/** A `YYYY-MM-DD` date without its year, e.g. "3 Mar", for labels in tight rows. */
export function formatShortDay(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : SHORT_FORMAT.format(time);
}

/** "3 Mar 2026 to 30 Mar 2026". */
export function formatRange(range: DateRange): string {
  return `${formatDay(range.from)} to ${formatDay(range.to)}`;
}
