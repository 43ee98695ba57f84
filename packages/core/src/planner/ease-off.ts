import type { Dose } from "../atlas/types.ts";
import type { TimerState } from "./timer.ts";

/** Easing off never leaves less than this of a hold, so there is time to let go gently. */
export const MIN_EASED_HOLD_MS = 5000;
/** How far one press of "ease off" lowers the pain limit, and the lowest it goes. */
export const EASE_OFF_PAIN_STEP = 2;
export const LOWEST_PAIN_LIMIT = 1;

/** A step's work as the timer holds it. */
export interface TimedWork {
  workMs: number;
  strokes: number | null;
}

/**
 * The step's work after easing off `workElapsedMs` into it: half of what was left, in whole seconds
 * (never under 5 s) or whole strokes (the stroke under way finishes). Undefined when there is nothing
 * left to shorten; the lower pain limit still applies then.
 */
export function lighterWork(step: TimedWork, workElapsedMs: number, strokeMs: number): TimedWork | undefined {
  if (step.strokes !== null) {
    const current = Math.min(step.strokes, Math.floor(workElapsedMs / strokeMs) + 1);
    const left = step.strokes - current;
    if (left <= 0) return undefined;
    const strokes = current + Math.floor(left / 2);
    return { workMs: strokes * strokeMs, strokes };
  }
  const remaining = step.workMs - workElapsedMs;
  if (remaining <= MIN_EASED_HOLD_MS) return undefined;
  const kept = Math.max(MIN_EASED_HOLD_MS, Math.ceil(remaining / 2000) * 1000);
  return { workMs: workElapsedMs + kept, strokes: null };
}

/** How many times the person eased off on a step. */
export function easeOffCount(state: TimerState, stepIndex: number): number {
  return (state.easedOff ?? []).filter((index) => index === stepIndex).length;
}

/** The pain limit after easing off `presses` times: two lower each time, never below 1. */
export function easedPainLimit(limit: number, presses: number): number {
  return Math.max(LOWEST_PAIN_LIMIT, limit - EASE_OFF_PAIN_STEP * presses);
}

/** A step the person eased off: how often, and the dose it came to, as the diary records it. */
export interface EasedStep {
  stepIndex: number;
  presses: number;
  dose: Dose;
}

/** Every step eased off in a session, in step order. */
export function easedSteps(state: TimerState): EasedStep[] {
  const indexes = [...new Set(state.easedOff ?? [])].sort((a, b) => a - b);
  return indexes.flatMap((stepIndex) => {
    const step = state.steps[stepIndex];
    if (!step) return [];
    const dose: Dose =
      step.strokes !== null ? { kind: "strokes", count: step.strokes } : { kind: "hold", seconds: Math.round(step.workMs / 1000) };
    return [{ stepIndex, presses: easeOffCount(state, stepIndex), dose }];
  });
}
