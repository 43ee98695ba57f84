import { RoutineInputSchema, type RoutineInput } from "@unknot/core/diary";
import { timerReducer, type EasedStep, type TimerState } from "@unknot/core/planner";
import type { PainMark } from "../../shared/find-query.ts";
import { keptRun, keptSession } from "../../shared/paused-session.ts";

/** A guided session under way, kept for this tab so that a reload, or the browser dropping the page, loses nothing. */
export interface SessionInProgress {
  /** The session page's address query: only the same session is resumed. */
  query: string;
  phase: "run" | "after";
  routine: RoutineInput;
  before: PainMark[];
  startedAt: string;
  /** Indexes of the steps that ran to their end. */
  completed: number[];
  /** The steps the person eased off, once the run is over (while it runs, the timer holds them). */
  eased?: EasedStep[] | undefined;
  timer?: TimerState | undefined;
}

/** Where the run has got to: the timer and the steps that ran to their end. */
type RunProgress = Pick<SessionInProgress, "timer" | "completed">;

/** Keeps the session under way (all but the running timer); does nothing where the browser offers no storage. */
export function keepSessionInProgress(session: Omit<SessionInProgress, "timer">): void {
  // Without storage a reload starts the session again, as it always did.
  keptSession.write(session);
}

/** Keeps the running timer and the steps done, as they change. */
export function keepRunProgress(timer: TimerState, completed: ReadonlySet<number>): void {
  keptRun.write({ timer, completed: [...completed] } satisfies RunProgress);
}

/** Forgets the session under way (it was saved, or abandoned). */
export function forgetSessionInProgress(): void {
  keptSession.remove();
  keptRun.remove();
}

/** The session under way for this address, with a running timer paused where it was; undefined when there is none. */
export function resumeSessionInProgress(query: string): SessionInProgress | undefined {
  try {
    // Checked below part by part: the routine against its schema, the lists as lists; the timer must fit the routine.
    const kept = keptSession.read() as SessionInProgress | undefined;
    if (!kept || kept.query !== query || (kept.phase !== "run" && kept.phase !== "after")) return undefined;
    const run = kept.phase === "run" ? (keptRun.read() as RunProgress | undefined) : undefined;
    const completed = run?.completed ?? kept.completed;
    if (!RoutineInputSchema.safeParse(kept.routine).success || !Array.isArray(kept.before) || !Array.isArray(completed)) return undefined;
    const fits = run?.timer?.steps.length === kept.routine.steps.length;
    const eased = Array.isArray(kept.eased) ? kept.eased : [];
    return { ...kept, completed, eased, timer: fits ? pausedAtLastTick(run?.timer) : undefined };
  } catch {
    return undefined;
  }
}

/** A running timer paused at its last tick, which is what the page showed last: the time away is not counted. */
function pausedAtLastTick(timer: TimerState | undefined): TimerState | undefined {
  if (timer?.status !== "running" || timer.anchorAt === null) return timer;
  return timerReducer(timer, { type: "pause", now: timer.anchorAt });
}
