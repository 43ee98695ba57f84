// Where a guided session under way is kept for this tab. Read by the session page to resume it, and by the home page
// to offer it; this module stays small (no atlas, no schema) because the home page loads it on the first visit.
import { isRecord, STORAGE_KEYS, storedItem } from "../storage/browser-storage.ts";

/** The session under way: its address query, phase, routine, ratings and finished steps (see resume.ts). */
export const SESSION_KEY = STORAGE_KEYS.sessionInProgress;
/** The running timer, kept apart so each tick does not write the whole routine again. */
export const RUN_KEY = STORAGE_KEYS.sessionRun;

/** What the home page says about a paused session, and where to carry on with it. */
export interface PausedSession {
  href: string;
  name: string;
  /** The step it stopped at (1-based) and how many there are; absent once the steps are done. */
  step?: { at: number; of: number };
}

/** The kept session as stored: each reader checks the parts it needs (`readPausedSession` here, `resume.ts`). */
export const keptSession = storedItem("session", SESSION_KEY, (value) => (isRecord(value) ? value : undefined));
/** The kept run of the timer, as stored. */
export const keptRun = storedItem("session", RUN_KEY, (value) => (isRecord(value) ? value : undefined));

/** Both kept entries as one string, which only changes when the session does (a stable snapshot for React). */
export function pausedSessionSnapshot(): string {
  return `${keptSession.text()}\n${keptRun.text()}`;
}

/** The session under way in this tab, if any; anything unreadable counts as none. */
export function readPausedSession(): PausedSession | undefined {
  const kept = keptSession.read();
  if (!kept || typeof kept.query !== "string" || !isRecord(kept.routine)) return undefined;
  const { name, steps } = kept.routine;
  if (typeof name !== "string" || !Array.isArray(steps)) return undefined;
  const run = keptRun.read();
  const timer = run && isRecord(run.timer) ? run.timer : undefined;
  const index = typeof timer?.stepIndex === "number" ? timer.stepIndex : undefined;
  const step = kept.phase === "run" && index !== undefined && index < steps.length ? { at: index + 1, of: steps.length } : undefined;
  return { href: `/session?${kept.query}`, name, step };
}
