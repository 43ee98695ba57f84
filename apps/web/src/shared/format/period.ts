import { addDays, daysBetween, type DateRange } from "@unknot/core/stats";
import type { RegionId } from "@unknot/core/vocabulary";

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

/** The period the progress and report pages show, as read from their address (shared/period-query.ts). */
export interface Period extends DateRange {
  /** The preset's id, or "custom" for dates the person typed. */
  preset: string;
  region: RegionId | undefined;
}

/** The range of a preset ending today (`today` is the person's local date). */
export function presetRange(preset: PeriodPreset, today: string): DateRange {
  return { from: addDays(today, -(preset.days - 1)), to: today };
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
