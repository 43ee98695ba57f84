import {
  easeOffCount,
  easedPainLimit,
  stepTechnique,
  type TechniqueStepKind,
  type TechniqueSteps,
  type TimerPhase,
  type TimerState,
  type TimerStatus,
} from "@unknot/core/planner";
import { type Dose } from "@unknot/core/atlas";
import { type RoutineInput, type RoutineStep } from "@unknot/core/diary";

/** The heading of the countdown: "Get ready", "Hold", or the stroke under way. */
export function phaseHeading(phase: TimerPhase, stroke: { current: number; count: number } | null, hold: boolean): string {
  if (phase === "get-ready") return "Get ready";
  if (stroke) return `Stroke ${stroke.current} of ${stroke.count}`;
  return hold ? "Hold" : "Work";
}

/** The dose a step has on the timer: the planned one, or what is left of it after easing off. */
export function timedDose(state: TimerState, index: number, planned: Dose): Dose {
  const timed = state.steps[index];
  if (!timed) return planned;
  if (timed.strokes !== null) return { kind: "strokes", count: timed.strokes };
  return planned.kind === "hold" ? { kind: "hold", seconds: Math.round(timed.workMs / 1000) } : planned;
}

/** Which technique step the person is on: finding it before the start, getting into position in the countdown, then the work. */
export function currentTechniqueStep(status: TimerStatus, phase: TimerPhase): TechniqueStepKind | undefined {
  if (status === "idle") return "find";
  if (status === "done") return undefined;
  return phase === "get-ready" ? "position" : "work";
}

/** What is said and announced when the person eases off. */
export function easedMessage(dose: Dose | undefined, secondsLeft: number, limit: number): string {
  const rest = dose?.kind === "strokes" ? `Stop after stroke ${dose.count}` : `${secondsLeft} seconds left`;
  return `Eased off. ${rest}: press more lightly, at or below ${limit} out of 10.`;
}

/** A step as the session runs it: its dose on the timer, its technique, and the pain limit after any easing off. */
export interface RunningStep {
  planned: RoutineStep;
  step: RoutineStep;
  presses: number;
  technique: TechniqueSteps | undefined;
  limit: number;
}

/** The step at `index` as the session runs it. */
export function runningStep(routine: RoutineInput, state: TimerState, index: number): RunningStep | undefined {
  const planned = routine.steps[index];
  if (!planned) return undefined;
  const presses = easeOffCount(state, index);
  const step = { ...planned, dose: timedDose(state, index, planned.dose) };
  const technique = stepTechnique(step, routine.painCeiling, presses);
  return { planned, step, presses, technique, limit: technique?.painLimit ?? easedPainLimit(routine.painCeiling, presses) };
}
