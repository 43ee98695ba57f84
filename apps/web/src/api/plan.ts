import type { Preferences } from "@unknot/core/planner";
import type { InferResponseType } from "hono/client";
import { answer, api } from "./client.ts";

/** A routine built by the server, adapted to the diary, with the decision taken for each point. */
export type PlannedRoutine = InferResponseType<typeof api.api.plan.routine.$post, 200>;

/** Builds a routine from trigger points and preferences, letting the diary taper or hold back points (`useDiary`). */
export function planRoutine(points: readonly string[], prefs: Preferences): Promise<PlannedRoutine> {
  return answer(() => api.api.plan.routine.$post({ json: { points: [...points], prefs, useDiary: true } }));
}
