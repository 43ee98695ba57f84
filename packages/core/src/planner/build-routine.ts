import { z } from "zod";
import { findTriggerPoint, type AtlasPoint } from "../atlas/atlas.ts";
import { RoutineInputSchema, type RoutineInput, type RoutineStep } from "../diary/records.ts";
import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { workSeconds } from "./dose.ts";
import { parsePlannerInput, PlannerInputError } from "./planner-error.ts";
import { PreferencesSchema, type Preferences } from "./preferences.ts";
import { movementStep, pointStep, stopRules, type StepStyle } from "./steps.ts";
import { noWarmUpNote, warmUpRegion, warmUpStep } from "./warm-up.ts";

/** Seconds the session timer counts down before each step; the time estimate counts them too. */
export const GET_READY_SECONDS = 5;

const triggerPointId = z.string().refine((id) => findTriggerPoint(id) !== undefined, {
  error: (issue) => `unknown trigger point "${String(issue.input)}"`,
});

/** A diary-based decision about one point, as `adaptPlan` returns it. */
export const PointAdaptationSchema = z.object({
  triggerPoint: z.string(),
  action: z.enum(["continue", "taper", "recheck"]),
  reason: z.string().max(2000),
});

/** What to build a routine from: trigger point ids in order of priority, preferences and diary decisions. */
export const RoutineRequestSchema = z.strictObject({
  points: z
    .array(triggerPointId, { error: "must be a list of trigger point ids" })
    .min(1, "choose at least one trigger point")
    .max(40, "at most 40 points"),
  prefs: PreferencesSchema.prefault({}),
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
  adaptations: z.array(PointAdaptationSchema).max(200).default([]),
});
/** A routine request as a caller gives it (preferences and adaptations optional). */
export type RoutineRequest = z.input<typeof RoutineRequestSchema>;

/** A chosen point left out of the routine, and why. */
export interface DroppedPoint {
  triggerPoint: string;
  reason: string;
}

/** A routine ready to store (it passes `RoutineInputSchema`), the points left out and its length. */
export interface BuiltRoutine {
  routine: RoutineInput;
  dropped: DroppedPoint[];
  /** Minutes the guided session takes, get-ready countdowns included. */
  minutes: number;
}

/**
 * Builds a routine a person can follow from trigger points in order of priority: a warm-up over each
 * area, then each point with its method and dose, then a movement for each muscle. Points beyond the
 * caps on points and minutes, and points the diary says to re-check, are reported in `dropped`.
 * Throws a `PlannerInputError` naming the field for bad input.
 */
export function buildRoutine(request: RoutineRequest): BuiltRoutine {
  const { points, prefs, name, adaptations } = parsePlannerInput(RoutineRequestSchema, request);
  const decided = new Map(adaptations.map((a) => [a.triggerPoint, a]));
  const taper = new Map(adaptations.filter((a) => a.action === "taper").map((a) => [a.triggerPoint, a.reason]));
  const timesPerDay = prefs.experience === "new" ? Math.min(prefs.timesPerDay, 2) : prefs.timesPerDay;
  return assembleRoutine(points, prefs, {
    name: name ?? defaultName(points),
    style: { dose: "standard", light: prefs.painSensitivity === "high" },
    maxPoints: pointCap(prefs),
    capReason:
      prefs.experience === "new"
        ? "while you are new, a few points done well teach you more than many done quickly, and leave less soreness"
        : "more points in one sitting add soreness rather than benefit",
    maxSeconds: prefs.minutesAvailable * 60,
    minutesAvailable: prefs.minutesAvailable,
    ceiling: prefs.painCeiling,
    timesPerDay,
    perMuscleMovement: true,
    skip: (entry) => (decided.get(entry.point.id)?.action === "recheck" ? decided.get(entry.point.id)?.reason : undefined),
    taper,
    notes: [frequencyNote(timesPerDay, prefs), EXPERIMENT_NOTE],
  });
}

const EXPERIMENT_NOTE =
  "Trigger points are a debated idea and finding them by touch is unreliable, so treat this routine as an experiment: rate your pain before and after in the diary and keep what helps.";

function frequencyNote(times: number, prefs: Preferences): string {
  const capped = prefs.experience === "new" && prefs.timesPerDay > times;
  const base =
    times === 1
      ? "Once a day; a second session the same day only if the first left no soreness."
      : `Up to ${times} times a day, with a few hours between sessions so the tissue can settle.`;
  return capped ? `${base} While you are new, twice a day is the limit until you know how your muscles respond the next day.` : base;
}

/** At most 4 points a session for beginners and pain-sensitive people, 6 for the practised. */
export function pointCap(prefs: Preferences): number {
  return prefs.experience === "new" || prefs.painSensitivity === "high" ? 4 : 6;
}

function defaultName(points: string[]): string {
  const muscles = [...new Set(points.map((id) => findTriggerPoint(id)?.muscle.name ?? id))];
  const name = `Routine: ${muscles.slice(0, 3).join(", ")}${muscles.length > 3 ? " and more" : ""}`;
  return name.slice(0, 200);
}

/** Everything that shapes a routine besides the points: used by `buildRoutine` and the workout routines. */
export interface AssembleSettings {
  name: string;
  style: StepStyle;
  maxPoints: number;
  /** Finishes "Left out to keep the session to N points: …". */
  capReason: string;
  maxSeconds: number;
  /** The minutes named in the reason for points that did not fit. */
  minutesAvailable: number;
  ceiling: number;
  timesPerDay: number;
  perMuscleMovement: boolean;
  /** A last step, e.g. a movement that prepares for the workout. */
  finish?: RoutineStep;
  /** A reason to leave a point out, or undefined to keep it. */
  skip?: (entry: AtlasPoint) => string | undefined;
  /** Points to work with a short dose, with the reason. */
  taper?: ReadonlyMap<string, string>;
  /** Why each point was picked, said first in its reason. */
  because?: ReadonlyMap<string, string>;
  notes: string[];
}

interface Planned {
  entry: AtlasPoint;
  step: RoutineStep;
}

/** Seconds one step takes in the guided session: the countdown and the work. */
export function stepSeconds(step: RoutineStep): number {
  return GET_READY_SECONDS + workSeconds(step.dose);
}

/** Selects points under the caps, orders the steps by area and returns a validated routine. */
export function assembleRoutine(ids: readonly string[], prefs: Preferences, settings: AssembleSettings): BuiltRoutine {
  const { kept, dropped } = selectPoints([...new Set(ids)], prefs, settings);
  if (kept.length === 0 && !settings.finish)
    throw new PlannerInputError("points", `none of the chosen points can go into this routine: ${dropped[0]?.reason ?? "none is known"}`);
  const steps: RoutineStep[] = [];
  const moved = new Set<string>();
  const warmed = new Set<string>();
  for (const area of [...new Set(kept.map((p) => p.entry.point.location.region))]) {
    const here = kept.filter((p) => p.entry.point.location.region === area);
    const warmUp = warmed.has(warmUpRegion(area) ?? "") ? undefined : warmUpStep(area, prefs, settings.style);
    if (warmUp?.area) warmed.add(warmUp.area);
    steps.push(
      ...(warmUp ? [warmUp] : []),
      ...withNoWarmUpNote(
        area,
        here.map((p) => p.step),
      ),
    );
    if (!settings.perMuscleMovement) continue;
    for (const { entry } of here) {
      if (moved.has(entry.muscle.id)) continue;
      moved.add(entry.muscle.id);
      steps.push(movementStep(entry));
    }
  }
  if (settings.finish) steps.push(settings.finish);
  const seconds = steps.reduce((sum, step) => sum + stepSeconds(step), 0);
  return { routine: validated(settings, steps), dropped, minutes: Math.round(seconds / 6) / 10 };
}

/** Where an area gets no warm-up, its first step says so first. */
function withNoWarmUpNote(area: AnatomicalRegion, steps: RoutineStep[]): RoutineStep[] {
  const note = noWarmUpNote(area);
  const [first, ...rest] = steps;
  return note && first ? [{ ...first, reason: `${note} ${first.reason}` }, ...rest] : steps;
}

function selectPoints(ids: string[], prefs: Preferences, settings: AssembleSettings): { kept: Planned[]; dropped: DroppedPoint[] } {
  const kept: Planned[] = [];
  const dropped: DroppedPoint[] = [];
  const warmed = new Set<string>();
  const muscles = new Set<string>();
  let used = settings.finish ? stepSeconds(settings.finish) : 0;
  for (const id of ids) {
    const entry = findTriggerPoint(id);
    if (!entry) continue;
    const skip = settings.skip?.(entry);
    if (skip) {
      dropped.push({ triggerPoint: id, reason: skip });
      continue;
    }
    if (kept.length >= settings.maxPoints) {
      dropped.push({
        triggerPoint: id,
        reason: `Left out to keep the session to ${settings.maxPoints} points: ${settings.capReason}. Work it in another session.`,
      });
      continue;
    }
    const step = pointStep(entry, prefs, settings.style, settings.ceiling, {
      taper: settings.taper?.get(id),
      because: settings.because?.get(id),
    });
    const cost = costOf(entry, step, prefs, settings, warmed, muscles);
    if (used + cost > settings.maxSeconds) {
      dropped.push({
        triggerPoint: id,
        reason: `Left out because it does not fit in the ${settings.minutesAvailable} minutes you have; work it in another session.`,
      });
      continue;
    }
    used += cost;
    warmed.add(warmUpRegion(entry.point.location.region) ?? "");
    muscles.add(entry.muscle.id);
    kept.push({ entry, step });
  }
  return { kept, dropped };
}

function costOf(
  entry: AtlasPoint,
  step: RoutineStep,
  prefs: Preferences,
  s: AssembleSettings,
  warmed: Set<string>,
  muscles: Set<string>,
): number {
  let cost = stepSeconds(step);
  const warmUp = warmed.has(warmUpRegion(entry.point.location.region) ?? "")
    ? undefined
    : warmUpStep(entry.point.location.region, prefs, s.style);
  if (warmUp) cost += stepSeconds(warmUp);
  if (s.perMuscleMovement && !muscles.has(entry.muscle.id)) cost += stepSeconds(movementStep(entry));
  return cost;
}

function validated(settings: AssembleSettings, steps: RoutineStep[]): RoutineInput {
  return parsePlannerInput(RoutineInputSchema, {
    name: settings.name,
    steps,
    painCeiling: settings.ceiling,
    timesPerDay: settings.timesPerDay,
    stopRules: stopRules(settings.ceiling),
    notes: settings.notes.join("\n"),
  });
}
