import type { Dose } from "../atlas/types.ts";
import { GET_READY_SECONDS } from "./build-routine.ts";
import { STROKE_SECONDS } from "./dose.ts";
import { lighterWork } from "./ease-off.ts";
import { PlannerInputError } from "./planner-error.ts";

/** A step as the timer needs it: its dose (a routine step fits). */
export interface TimerStepInput {
  dose: Dose;
}

/** Countdown before each step and the pace of one stroke, in seconds. */
export interface TimerOptions {
  getReadySeconds?: number;
  strokeSeconds?: number;
}

/** Where a step is: the countdown before it, the work itself, or the end of the session. */
export type TimerPhase = "get-ready" | "work" | "done";
/** Whether the session has not started, is running, is paused or is over. */
export type TimerStatus = "idle" | "running" | "paused" | "done";

/** Something the page should announce (beep, vibrate): raised by the event that crossed it. */
export interface TimerAlert {
  kind: "work-started" | "step-ended" | "session-done";
  stepIndex: number;
}

/** A guided session as a value: all times are epoch milliseconds passed in; there are no timers inside. */
export interface TimerState {
  /** Work time of each step in ms, and its stroke count (null for holds). */
  readonly steps: readonly { workMs: number; strokes: number | null }[];
  readonly getReadyMs: number;
  readonly strokeMs: number;
  readonly totalMs: number;
  readonly status: TimerStatus;
  /** Session time covered when `anchorAt` was taken (or when paused). */
  readonly elapsedMs: number;
  /** While running, the time `elapsedMs` was measured at; null otherwise. */
  readonly anchorAt: number | null;
  /** The step and phase as of the last event; `stepIndex` equals the number of steps when done. */
  readonly stepIndex: number;
  readonly phase: TimerPhase;
  /** Alerts raised by the last event only. */
  readonly alerts: readonly TimerAlert[];
  /** The step index of each press of "ease off", in order (absent in timers kept before it existed). */
  readonly easedOff?: readonly number[];
}

/** What can happen to a session timer. */
export type TimerEvent =
  | { type: "start"; now: number }
  | { type: "tick"; now: number }
  | { type: "pause"; now: number }
  | { type: "resume"; now: number }
  | { type: "skip"; now: number }
  | { type: "ease-off"; now: number }
  | { type: "reset" };

/** Creates an idle timer for `steps`: a get-ready countdown (default 5 s) then the work (the hold, or strokes at ~4 s each). */
export function createSessionTimer(steps: readonly TimerStepInput[], options: TimerOptions = {}): TimerState {
  const getReady = options.getReadySeconds ?? GET_READY_SECONDS;
  const stroke = options.strokeSeconds ?? STROKE_SECONDS;
  if (steps.length === 0) throw new PlannerInputError("steps", "a session needs at least one step");
  if (!Number.isFinite(getReady) || getReady < 0 || getReady > 60) throw new PlannerInputError("getReadySeconds", "must be from 0 to 60");
  if (!Number.isFinite(stroke) || stroke <= 0 || stroke > 30)
    throw new PlannerInputError("strokeSeconds", "must be more than 0 and at most 30");
  const timed = steps.map(({ dose }, index) => {
    const value = dose.kind === "hold" ? dose.seconds : dose.count;
    if (!Number.isFinite(value) || value <= 0)
      throw new PlannerInputError(`steps[${index}].dose`, "must be a positive hold or stroke count");
    return dose.kind === "hold"
      ? { workMs: dose.seconds * 1000, strokes: null }
      : { workMs: dose.count * stroke * 1000, strokes: dose.count };
  });
  const totalMs = timed.reduce((sum, step) => sum + getReady * 1000 + step.workMs, 0);
  return {
    steps: timed,
    getReadyMs: getReady * 1000,
    strokeMs: stroke * 1000,
    totalMs,
    status: "idle",
    elapsedMs: 0,
    anchorAt: null,
    stepIndex: 0,
    phase: getReady > 0 ? "get-ready" : "work",
    alerts: [],
  };
}

const TIMED_EVENTS = new Set<string>(["start", "tick", "pause", "resume", "skip", "ease-off"]);

/** Moves the timer on by one event; events that make no sense in the current status change nothing but clear the alerts. */
export function timerReducer(state: TimerState, event: TimerEvent): TimerState {
  if (event.type === "reset") return { ...state, status: "idle", elapsedMs: 0, anchorAt: null, ...locate(state, 0), alerts: [] };
  if (!TIMED_EVENTS.has(event.type)) throw new PlannerInputError("event.type", `unknown timer event "${String(event.type)}"`);
  assertTime(event.now);
  const quiet = { ...state, alerts: [] };
  switch (event.type) {
    case "start":
      return state.status === "idle" ? moveTo({ ...quiet, status: "running", anchorAt: event.now }, -1, 0, event.now) : quiet;
    case "tick":
      return state.status === "running" ? moveTo(quiet, state.elapsedMs, timerElapsedMs(state, event.now), event.now) : quiet;
    case "pause":
      if (state.status !== "running") return quiet;
      return { ...moveTo(quiet, state.elapsedMs, timerElapsedMs(state, event.now), event.now), ...pausedUnlessDone(state, event.now) };
    case "resume":
      return state.status === "paused" ? { ...quiet, status: "running", anchorAt: event.now } : quiet;
    case "skip":
      return skip(quiet, event.now);
    case "ease-off":
      return easeOff(quiet, event.now);
  }
}

/** "Too much": during the work, halve what is left of the step and note the press (the page lowers the pain limit). */
function easeOff(state: TimerState, now: number): TimerState {
  if (state.status !== "running" && state.status !== "paused") return state;
  const here = state.status === "running" ? timerElapsedMs(state, now) : state.elapsedMs;
  const moved = state.status === "running" ? moveTo(state, state.elapsedMs, here, now) : state;
  const index = moved.stepIndex;
  const step = moved.steps[index];
  if (moved.status === "done" || moved.phase !== "work" || !step) return moved;
  const easedOff = [...(moved.easedOff ?? []), index];
  const lighter = lighterWork(step, here - stepStart(moved, index) - moved.getReadyMs, moved.strokeMs);
  if (!lighter) return { ...moved, easedOff };
  const steps = moved.steps.map((s, i) => (i === index ? lighter : s));
  return { ...moved, steps, totalMs: moved.totalMs - step.workMs + lighter.workMs, easedOff };
}

function pausedUnlessDone(state: TimerState, now: number): Partial<TimerState> {
  return timerElapsedMs(state, now) >= state.totalMs ? {} : { status: "paused", anchorAt: null };
}

function skip(state: TimerState, now: number): TimerState {
  if (state.status !== "running" && state.status !== "paused") return state;
  const here = state.status === "running" ? timerElapsedMs(state, now) : state.elapsedMs;
  if (here >= state.totalMs) return moveTo(state, state.elapsedMs, here, now);
  const target = stepStart(state, locate(state, here).stepIndex + 1);
  const next = { ...state, elapsedMs: target, anchorAt: state.status === "running" ? now : null, ...locate(state, target) };
  // A skip is the person's own choice: announce only what it lands on, not the step it cut short.
  const alerts: TimerAlert[] = target >= state.totalMs ? [{ kind: "session-done", stepIndex: state.steps.length - 1 }] : [];
  if (target < state.totalMs && state.getReadyMs === 0) alerts.push({ kind: "work-started", stepIndex: next.stepIndex });
  return {
    ...next,
    status: target >= state.totalMs ? "done" : state.status,
    anchorAt: target >= state.totalMs ? null : next.anchorAt,
    alerts,
  };
}

/** Advances from `from` (exclusive) to `to`, raising the alerts for every boundary crossed on the way. */
function moveTo(state: TimerState, from: number, to: number, now: number): TimerState {
  const elapsed = Math.min(to, state.totalMs);
  const alerts = alertsBetween(state, from, elapsed);
  const done = elapsed >= state.totalMs;
  return {
    ...state,
    elapsedMs: elapsed,
    anchorAt: done ? null : Math.max(state.anchorAt ?? now, now),
    status: done ? "done" : state.status,
    ...locate(state, elapsed),
    alerts,
  };
}

function alertsBetween(state: TimerState, from: number, to: number): TimerAlert[] {
  const alerts: TimerAlert[] = [];
  let start = 0;
  state.steps.forEach((step, index) => {
    const workStart = start + state.getReadyMs;
    const end = workStart + step.workMs;
    if (from < workStart && workStart <= to) alerts.push({ kind: "work-started", stepIndex: index });
    if (from < end && end <= to) alerts.push({ kind: "step-ended", stepIndex: index });
    start = end;
  });
  if (from < state.totalMs && state.totalMs <= to) alerts.push({ kind: "session-done", stepIndex: state.steps.length - 1 });
  return alerts;
}

function stepStart(state: TimerState, index: number): number {
  return state.steps.slice(0, index).reduce((sum, step) => sum + state.getReadyMs + step.workMs, 0);
}

/** The step and phase at a point of session time. */
function locate(state: TimerState, elapsed: number): { stepIndex: number; phase: TimerPhase } {
  let start = 0;
  for (const [index, step] of state.steps.entries()) {
    const end = start + state.getReadyMs + step.workMs;
    if (elapsed < end) return { stepIndex: index, phase: elapsed < start + state.getReadyMs ? "get-ready" : "work" };
    start = end;
  }
  return { stepIndex: state.steps.length, phase: "done" };
}

function assertTime(now: number): void {
  if (typeof now !== "number" || !Number.isFinite(now)) throw new PlannerInputError("now", "must be a finite time in milliseconds");
}

/** Session time covered at `now`: frozen while idle, paused or done; clocks that step backwards count as no time. */
export function timerElapsedMs(state: TimerState, now: number): number {
  if (state.status !== "running" || state.anchorAt === null) return state.elapsedMs;
  assertTime(now);
  return Math.min(state.totalMs, state.elapsedMs + Math.max(0, now - state.anchorAt));
}

/** What the page shows at `now`, computed live between ticks. */
export interface TimerView {
  status: TimerStatus;
  phase: TimerPhase;
  stepIndex: number;
  /** Milliseconds left in the current phase (0 when done). */
  remainingMs: number;
  /** For stroke steps in their work phase: the stroke under way (1-based) and the count. */
  stroke: { current: number; count: number } | null;
  /** 0–1 across the whole session. */
  progress: number;
}

/** The live view of the timer at `now`. */
export function timerView(state: TimerState, now: number): TimerView {
  const elapsed = timerElapsedMs(state, now);
  const { stepIndex, phase } = locate(state, elapsed);
  const step = state.steps[stepIndex];
  const start = stepStart(state, stepIndex);
  const phaseEnd = phase === "get-ready" ? start + state.getReadyMs : start + state.getReadyMs + (step?.workMs ?? 0);
  const workElapsed = elapsed - start - state.getReadyMs;
  const stroke =
    phase === "work" && step?.strokes
      ? { current: Math.min(step.strokes, Math.floor(workElapsed / state.strokeMs) + 1), count: step.strokes }
      : null;
  const status = elapsed >= state.totalMs ? "done" : state.status;
  return {
    status,
    phase,
    stepIndex,
    remainingMs: phase === "done" ? 0 : phaseEnd - elapsed,
    stroke,
    progress: sessionProgress(state, now),
  };
}

/** Whole seconds left in the current phase at `now`, rounded up so the display reaches 0 only at the end. */
export function remainingSeconds(state: TimerState, now: number): number {
  return Math.ceil(timerView(state, now).remainingMs / 1000);
}

/** How far through the whole session the timer is at `now`, from 0 to 1. */
export function sessionProgress(state: TimerState, now: number): number {
  return state.totalMs === 0 ? 1 : timerElapsedMs(state, now) / state.totalMs;
}
