import type { DiarySnapshot, StoredSession } from "../diary/stored.ts";
import { addDays, daysBetween } from "../stats/period.ts";
import { programmeEndsOn, type ProgrammeInput } from "./programme.ts";

/** One week of a programme: its dates, the sessions asked for and done. */
export interface ProgrammeWeek {
  /** 1 for the programme's first week. */
  number: number;
  from: string;
  to: string;
  planned: number;
  done: number;
  /** False for the week that contains today: it is still going. */
  complete: boolean;
}

/** How the person is keeping to a programme. */
export interface ProgrammeAdherence {
  /** The weeks that have started, the current one last. */
  weeks: ProgrammeWeek[];
  sessionsDone: number;
  /** Sessions asked for in the complete weeks. */
  plannedSoFar: number;
  /** Share of the complete weeks' sessions done (each week capped at its plan), 0–1; undefined before a week is complete. */
  rate: number | undefined;
  /** `falling`: the last complete week fell at least a quarter below the weeks before it, or under half with no weeks before. */
  trend: "too-early" | "falling" | "steady" | "rising";
  /** Whether the programme's last day has passed. */
  finished: boolean;
}

/** A drop of a quarter of the plan in a week is what a clinician would ask about; Unknot's threshold, not a published one. */
export const ADHERENCE_DROP = 0.25;

/** The sessions the person ran from this programme: their `routineId` is the programme's id. */
export function programmeSessions(programmeId: string, sessions: readonly StoredSession[]): StoredSession[] {
  return sessions.filter((session) => session.routineId === programmeId).sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
}

/**
 * Sessions done against the schedule, week by week from the programme's first day, up to `today`
 * (the person's local date, `YYYY-MM-DD`). Only sessions run from the programme count; extra sessions
 * in a week do not make up for a missed one in another.
 */
export function programmeAdherence(
  programme: Pick<ProgrammeInput, "startsOn" | "weeks" | "timesPerWeek"> & { id: string },
  snapshot: Pick<DiarySnapshot, "sessions">,
  today: string,
): ProgrammeAdherence {
  const endsOn = programmeEndsOn(programme);
  const sessions = programmeSessions(programme.id, snapshot.sessions);
  const started = today < programme.startsOn ? 0 : Math.min(programme.weeks, Math.floor(daysBetween(programme.startsOn, today) / 7) + 1);
  const weeks = Array.from({ length: started }, (_, index) => {
    const from = addDays(programme.startsOn, index * 7);
    const to = addDays(from, 6);
    const done = sessions.filter((session) => session.localDate >= from && session.localDate <= to).length;
    return { number: index + 1, from, to, planned: programme.timesPerWeek, done, complete: to < today };
  });
  const complete = weeks.filter((week) => week.complete);
  const rates = complete.map((week) => Math.min(week.done, week.planned) / week.planned);
  const plannedSoFar = complete.reduce((sum, week) => sum + week.planned, 0);
  const doneCapped = complete.reduce((sum, week) => sum + Math.min(week.done, week.planned), 0);
  return {
    weeks,
    sessionsDone: sessions.filter((session) => session.localDate >= programme.startsOn && session.localDate <= endsOn).length,
    plannedSoFar,
    rate: plannedSoFar > 0 ? doneCapped / plannedSoFar : undefined,
    trend: adherenceTrend(rates),
    finished: endsOn < today,
  };
}

function adherenceTrend(rates: readonly number[]): ProgrammeAdherence["trend"] {
  const last = rates.at(-1);
  if (last === undefined) return "too-early";
  const earlier = rates.slice(0, -1);
  if (earlier.length === 0) return last < 0.5 ? "falling" : "steady";
  const before = earlier.reduce((sum, rate) => sum + rate, 0) / earlier.length;
  if (last <= before - ADHERENCE_DROP) return "falling";
  return last >= before + ADHERENCE_DROP ? "rising" : "steady";
}
