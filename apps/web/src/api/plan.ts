import type { FactorQuestion, Preferences, WorkoutRequest } from "@unknot/core";
import type { InferRequestType, InferResponseType } from "hono/client";
import { answer, api } from "./client.ts";

/** A routine built by the server, adapted to the diary, with the decision taken for each point. */
export type PlannedRoutine = InferResponseType<typeof api.api.plan.routine.$post, 200>;

/** Builds a routine from trigger points and preferences, letting the diary taper or hold back points (`useDiary`). */
export function planRoutine(points: readonly string[], prefs: Preferences): Promise<PlannedRoutine> {
  return answer(() => api.api.plan.routine.$post({ json: { points: [...points], prefs, useDiary: true } }));
}

/** One activity a workout routine can be built for, as the server lists it. */
export type ActivityChoice = InferResponseType<typeof api.api.plan.activities.$get, 200>["activities"][number];

/** The activities on offer. */
export async function fetchActivities(): Promise<ActivityChoice[]> {
  return (await answer(() => api.api.plan.activities.$get())).activities;
}

/** A workout routine as the server answers it. */
export type WorkoutAnswer = InferResponseType<typeof api.api.plan.workout.$post, 200>;

/** Builds a pre- or post-workout routine; `previous` makes it lighter after a routine that left the muscles worse. */
export function planWorkout(request: WorkoutRequest): Promise<WorkoutAnswer> {
  return answer(() => api.api.plan.workout.$post({ json: request }));
}

/** The perpetuating-factor questionnaire. */
export async function fetchFactorQuestions(): Promise<FactorQuestion[]> {
  return [...(await answer(() => api.api.plan.factors.$get())).questions];
}

type FactorAnswers = InferRequestType<typeof api.api.plan.factors.$post>["json"]["answers"];

/** Advice for the answers given (unanswered questions left out), tailored to the points worked. */
export async function adviseOnAnswers(answers: FactorAnswers, points: readonly string[]) {
  return (await answer(() => api.api.plan.factors.$post({ json: { answers, points: [...points] } }))).advice;
}
