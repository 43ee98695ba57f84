import type { DiarySnapshot, StoredGoal } from "../diary/stored.ts";
import { addDays, assertRange, daysBetween, inRange, isoWeekStart, weeksInRange, type DateRange } from "../stats/period.ts";
import { byDateThenInstant } from "../stats/ratings.ts";

/** Days without a session that a streak survives: one missed day is forgiven, two in a row end it. */
export const STREAK_FORGIVEN_DAYS = 1;

/** One ISO week: the sessions planned (the goal then in force) against those done. */
export interface PlannedWeek {
  /** The Monday starting the week. */
  week: string;
  /** Sessions the goal asked for; undefined before any goal was set. */
  planned: number | undefined;
  done: number;
  /** In progress: the week has not ended by the range's last day, so it is neither met nor missed yet. */
  status: "met" | "missed" | "in-progress" | "no-goal";
}

/** A run of days with sessions in which no two days in a row were missed. */
export interface Streak {
  /** Days from the run's first session to its last, forgiven days included. */
  days: number;
  from: string;
  to: string;
}

/** Planned against done, the weekly goal and the forgiving streak, as of the range's last day. */
export interface KeepingGoing {
  /** The goal in force on the range's last day. */
  goal: number | undefined;
  weeks: PlannedWeek[];
  /** Ended weeks that had a goal, and how many of them met it. */
  weeksWithGoal: number;
  weeksMet: number;
  /** The streak still alive on the range's last day (a day not yet over does not break it), if any. */
  currentStreak: Streak | undefined;
  longestStreak: Streak | undefined;
}

/** The goal in force on `date`: the latest one set on or before it. */
export function goalOn(goals: readonly StoredGoal[], date: string): number | undefined {
  const ordered = [...goals].sort((a, b) =>
    byDateThenInstant({ localDate: a.localDate, instant: a.setAt }, { localDate: b.localDate, instant: b.setAt }),
  );
  return ordered.filter((goal) => goal.localDate <= date).at(-1)?.sessionsPerWeek;
}

/**
 * Runs of session days where the gap between two session days is at most one missed day, oldest
 * first. `dates` are local dates, in any order, repeats allowed.
 */
export function streaksOf(dates: readonly string[]): Streak[] {
  const days = [...new Set(dates)].sort();
  const streaks: Streak[] = [];
  for (const day of days) {
    const last = streaks.at(-1);
    if (last && daysBetween(last.to, day) <= STREAK_FORGIVEN_DAYS + 1) {
      last.to = day;
      last.days = daysBetween(last.from, day) + 1;
    } else streaks.push({ from: day, to: day, days: 1 });
  }
  return streaks;
}

function weekStatus(planned: number | undefined, done: number, weekEnd: string, asOf: string): PlannedWeek["status"] {
  if (planned === undefined) return "no-goal";
  if (done >= planned) return "met";
  return weekEnd > asOf ? "in-progress" : "missed";
}

/**
 * Sessions planned (the weekly goal in force at each week's end) against sessions done, week by week
 * over the range, and the streak of session days that forgives one missed day. `range.to` is "today":
 * a week or a day not yet over counts as in progress, never as missed. Goals set before the range
 * apply; sessions outside it are not counted. Throws a `RangeError` for a bad range.
 */
export function keepingGoing(snapshot: DiarySnapshot, range: DateRange): KeepingGoing {
  assertRange(range);
  const sessionDates = snapshot.sessions.map((s) => s.localDate).filter((date) => inRange(date, range));
  const done = new Map<string, number>();
  for (const date of sessionDates) done.set(isoWeekStart(date), (done.get(isoWeekStart(date)) ?? 0) + 1);
  const weeks = weeksInRange(range).map((week): PlannedWeek => {
    const weekEnd = addDays(week, 6);
    const planned = goalOn(snapshot.goals, weekEnd < range.to ? weekEnd : range.to);
    const count = done.get(week) ?? 0;
    return { week, planned, done: count, status: weekStatus(planned, count, weekEnd, range.to) };
  });
  const ended = weeks.filter((week) => week.status === "met" || week.status === "missed");
  const streaks = streaksOf(sessionDates);
  const last = streaks.at(-1);
  const alive = last !== undefined && daysBetween(last.to, range.to) <= STREAK_FORGIVEN_DAYS + 1;
  const longest = streaks.reduce<Streak | undefined>((best, s) => (!best || s.days > best.days ? s : best), undefined);
  return {
    goal: goalOn(snapshot.goals, range.to),
    weeks,
    weeksWithGoal: ended.length,
    weeksMet: ended.filter((week) => week.status === "met").length,
    currentStreak: alive ? last : undefined,
    longestStreak: longest,
  };
}
