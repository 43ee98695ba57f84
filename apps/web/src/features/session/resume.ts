import { RoutineInputSchema, timerReducer, type RoutineInput, type TimerState } from "@unknot/core";
import type { PainMark } from "../find/find-query.ts";

const KEY = "unknot.session-in-progress";

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
  timer?: TimerState | undefined;
  /** When this was kept (epoch ms). */
  keptAt: number;
}

/** Keeps the session under way; does nothing where the browser offers no storage. */
export function keepSessionInProgress(session: SessionInProgress): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Without storage a reload starts the session again, as it always did.
  }
}

/** Forgets the session under way (it was saved, or abandoned). */
export function forgetSessionInProgress(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The session under way for this address, with a running timer paused where it was; undefined when there is none. */
export function resumeSessionInProgress(query: string): SessionInProgress | undefined {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as SessionInProgress | null;
    if (!kept || kept.query !== query || (kept.phase !== "run" && kept.phase !== "after")) return undefined;
    if (!RoutineInputSchema.safeParse(kept.routine).success || !Array.isArray(kept.before) || !Array.isArray(kept.completed))
      return undefined;
    const fits = kept.timer?.steps.length === kept.routine.steps.length;
    const timer = fits ? pausedAtLastTick(kept.timer) : undefined;
    return { ...kept, timer };
  } catch {
    return undefined;
  }
}

/** A running timer paused at its last tick, which is what the page showed last: the time away is not counted. */
function pausedAtLastTick(timer: TimerState | undefined): TimerState | undefined {
  if (timer?.status !== "running" || timer.anchorAt === null) return timer;
  return timerReducer(timer, { type: "pause", now: timer.anchorAt });
}
