import type { DiarySnapshot } from "../diary/stored.ts";
import { assertRange, inRange, isoWeekStart, weeksInRange, type DateRange } from "./period.ts";

/** Sessions in one ISO week. */
export interface WeekCount {
  /** The Monday starting the week. */
  week: string;
  sessions: number;
}

/** How regularly the person treated in a period. */
export interface Adherence {
  /** Every ISO week overlapping the range, weeks without sessions included. */
  weeks: WeekCount[];
  totalSessions: number;
  /** Sessions per listed week. */
  averagePerWeek: number;
  /** The longest run of consecutive weeks with at least one session. */
  longestStreak: number;
  /** The run of weeks with a session that ends with the range's last week (0 when that week had none). */
  currentStreak: number;
}

/**
 * Sessions per ISO week (Monday to Sunday) over the range, by the session's local date. Only
 * sessions inside the range count, so a range that starts or ends mid-week counts that week partly.
 * Throws a `RangeError` naming the field when the range is invalid.
 */
export function adherence(snapshot: DiarySnapshot, range: DateRange): Adherence {
  assertRange(range);
  const counts = new Map(weeksInRange(range).map((week) => [week, 0]));
  let totalSessions = 0;
  for (const session of snapshot.sessions) {
    if (!inRange(session.localDate, range)) continue;
    const week = isoWeekStart(session.localDate);
    counts.set(week, (counts.get(week) ?? 0) + 1);
    totalSessions += 1;
  }
  const weeks = [...counts.entries()].map(([week, sessions]) => ({ week, sessions }));
  let longestStreak = 0;
  let currentStreak = 0;
  for (const { sessions } of weeks) {
    currentStreak = sessions > 0 ? currentStreak + 1 : 0;
    longestStreak = Math.max(longestStreak, currentStreak);
  }
  return { weeks, totalSessions, averagePerWeek: totalSessions / weeks.length, longestStreak, currentStreak };
}
