import { toLocalDate } from "../vocabulary/units.ts";

const DAY_MS = 86_400_000;

/** A closed range of local dates, `from` and `to` included, both `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; the arithmetic is UTC so no time zone or clock is involved. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The Monday that starts the ISO week containing `date`. */
export function isoWeekStart(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday, so Monday-based weekday = (day + 3) mod 7.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return dateOfDayNumber(day - weekday);
}

/** The Mondays of every ISO week that overlaps the range, in order. */
export function weeksInRange(range: DateRange): string[] {
  const weeks: string[] = [];
  for (let week = isoWeekStart(range.from); week <= range.to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** True when `date` lies in the range (both ends included); `YYYY-MM-DD` strings compare in date order. */
export function inRange(date: string, range: Partial<DateRange>): boolean {
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}

/** A message naming the faulty field when the range is not two real dates in order, else undefined. */
export function checkRange(range: Partial<DateRange>): string | undefined {
  for (const field of ["from", "to"] as const) {
    const value = range[field];
    if (value !== undefined && toLocalDate(value) === undefined) {
      return `${field}: must be a calendar date written YYYY-MM-DD, got "${String(value)}"`;
    }
  }
  if (range.from !== undefined && range.to !== undefined && range.to < range.from) return "to: must not be before from";
  return undefined;
}

/** Throws a `RangeError` with `checkRange`'s message; statistics call it so bad dates fail loudly, not silently empty. */
export function assertRange(range: Partial<DateRange>): void {
  const problem = checkRange(range);
  if (problem !== undefined) throw new RangeError(problem);
}
