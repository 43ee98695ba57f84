// Test-only helpers for the session timer: a fixed start instant and events replayed in order. Not exported by the barrel.
import { createSessionTimer, timerReducer, type TimerEvent, type TimerState } from "./timer.ts";

/** The instant every timer test starts at. */
export const T0 = 1_700_000_000_000;
/** The instant `seconds` after T0. */
export const at = (seconds: number) => T0 + seconds * 1000;
/** The state after `events`, applied in order. */
export const run = (state: TimerState, ...events: TimerEvent[]) => events.reduce(timerReducer, state);
/** A timer over `steps`, started at T0. */
export const startedTimer = (steps: Parameters<typeof createSessionTimer>[0]) => run(createSessionTimer(steps), { type: "start", now: T0 });
