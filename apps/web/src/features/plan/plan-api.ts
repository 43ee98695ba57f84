import type {
  CheckInInput,
  FactorAdvice,
  FactorQuestion,
  PointAdaptation,
  Preferences,
  RoutineInput,
  StoredCheckIn,
  StoredRoutine,
  WorkoutRequest,
  WorkoutRoutine,
  BuiltRoutine,
} from "@unknot/core";
import { api } from "../../api.ts";
import { callApi } from "../data/api-call.ts";

const json = (body: unknown) => ({ init: { body: JSON.stringify(body), headers: { "content-type": "application/json" } } });

/** A routine built by the server, adapted to the diary, with the decision taken for each point. */
export interface PlannedRoutine extends BuiltRoutine {
  adaptations: PointAdaptation[];
}

/** Builds a routine from trigger points and preferences, letting the diary taper or hold back points (`useDiary`). */
export function planRoutine(points: readonly string[], prefs: Preferences): Promise<PlannedRoutine> {
  return callApi<PlannedRoutine>(() => api.api.plan.routine.$post({}, json({ points, prefs, useDiary: true })));
}

/** Stores a routine in the diary. */
export function saveRoutine(routine: RoutineInput): Promise<StoredRoutine> {
  return callApi<StoredRoutine>(() => api.api.routines.$post({}, json(routine)));
}

/** How many saved routines `/plan` lists, newest first. */
export const SAVED_ROUTINES_SHOWN = 20;

/** The routines saved in the diary, newest first. */
export async function fetchSavedRoutines(): Promise<StoredRoutine[]> {
  const query = { limit: String(SAVED_ROUTINES_SHOWN) };
  return (await callApi<{ items: StoredRoutine[] }>(() => api.api.routines.$get({ query }))).items;
}

/** One activity a workout routine can be built for, as the server lists it. */
export interface ActivityChoice {
  id: WorkoutRequest["activity"];
  label: string;
  inWords: string;
  explosive: boolean;
  points: string[];
  warmUpMovement: string;
}

/** The activities on offer. */
export async function fetchActivities(): Promise<ActivityChoice[]> {
  return (await callApi<{ activities: ActivityChoice[] }>(() => api.api.plan.activities.$get())).activities;
}

/** Builds a pre- or post-workout routine; `previous` makes it lighter after a routine that left the muscles worse. */
export function planWorkout(request: WorkoutRequest): Promise<WorkoutRoutine> {
  return callApi<WorkoutRoutine>(() => api.api.plan.workout.$post({}, json(request)));
}

/** The perpetuating-factor questionnaire. */
export async function fetchFactorQuestions(): Promise<FactorQuestion[]> {
  return (await callApi<{ questions: FactorQuestion[] }>(() => api.api.plan.factors.$get())).questions;
}

/** Advice for the answers given (unanswered questions left out), tailored to the points worked. */
export async function adviseOnAnswers(answers: Record<string, string>, points: readonly string[]): Promise<FactorAdvice[]> {
  return (await callApi<{ advice: FactorAdvice[] }>(() => api.api.plan.factors.$post({}, json({ answers, points })))).advice;
}

/** Records a pain check-in in the diary. */
export function recordCheckIn(input: CheckInInput): Promise<StoredCheckIn> {
  return callApi<StoredCheckIn>(() => api.api["check-ins"].$post({}, json(input)));
}
