// Where a guided session under way is kept for this tab. Read by the session page to resume it, and by the home page
// to offer it; this module stays small (no atlas, no schema) because the home page loads it on the first visit.

/** The session under way: its address query, phase, routine, ratings and finished steps (see resume.ts). */
export const SESSION_KEY = "unknot.session-in-progress";
/** The running timer, kept apart so each tick does not write the whole routine again. */
export const RUN_KEY = "unknot.session-in-progress.run";

/** What the home page says about a paused session, and where to carry on with it. */
export interface PausedSession {
  href: string;
  name: string;
  /** The step it stopped at (1-based) and how many there are; absent once the steps are done. */
  step?: { at: number; of: number };
}

function stored(key: string): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Both kept entries as one string, which only changes when the session does (a stable snapshot for React). */
export function pausedSessionSnapshot(): string {
  try {
    return `${sessionStorage.getItem(SESSION_KEY) ?? ""}\n${sessionStorage.getItem(RUN_KEY) ?? ""}`;
  } catch {
    return "\n";
  }
}

/** The session under way in this tab, if any; anything unreadable counts as none. */
export function readPausedSession(): PausedSession | undefined {
  const kept = stored(SESSION_KEY);
  if (!isRecord(kept) || typeof kept.query !== "string" || !isRecord(kept.routine)) return undefined;
  const { name, steps } = kept.routine;
  if (typeof name !== "string" || !Array.isArray(steps)) return undefined;
  const run = stored(RUN_KEY);
  const timer = isRecord(run) && isRecord(run.timer) ? run.timer : undefined;
  const index = typeof timer?.stepIndex === "number" ? timer.stepIndex : undefined;
  const step = kept.phase === "run" && index !== undefined && index < steps.length ? { at: index + 1, of: steps.length } : undefined;
  return { href: `/session?${kept.query}`, name, step };
}
