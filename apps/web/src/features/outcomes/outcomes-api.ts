import type { CheckInInput, GoalInput, OutcomeInput, StoredCheckIn, StoredGoal, StoredOutcome, StoredSession } from "@unknot/core";
import { api } from "../../api.ts";
import { callApi } from "../data/api-call.ts";

const json = (body: unknown) => ({ init: { body: JSON.stringify(body), headers: { "content-type": "application/json" } } });

/** Records a PSFS or a PGIC. */
export function recordOutcome(input: OutcomeInput): Promise<StoredOutcome> {
  return callApi<StoredOutcome>(() => api.api.outcomes.$post({}, json(input)));
}

/** Records a pain check-in (the weekly check-in's "pain today"). */
export function recordPainCheckIn(input: CheckInInput): Promise<StoredCheckIn> {
  return callApi<StoredCheckIn>(() => api.api["check-ins"].$post({}, json(input)));
}

/** Sets the weekly goal from now on. */
export function saveGoal(input: GoalInput): Promise<StoredGoal> {
  return callApi<StoredGoal>(() => api.api.goals.$post({}, json(input)));
}

type Psfs = Extract<StoredOutcome, { measure: "psfs" }>;

/** The latest PSFS, whenever it was taken (its activities are re-rated at each weekly check-in). */
export async function fetchLatestPsfs(): Promise<Psfs | undefined> {
  const page = await callApi<{ items: StoredOutcome[] }>(() => api.api.outcomes.$get({ query: { limit: "20" } }));
  return page.items.find((outcome): outcome is Psfs => outcome.measure === "psfs");
}

/** The areas and levels of the most recent pain ratings (a check-in, or the ratings before a session), to rate again. */
export async function fetchLastPain(): Promise<{ region: StoredCheckIn["ratings"][number]["region"]; intensity: number }[]> {
  const [checkIns, sessions] = await Promise.all([
    callApi<{ items: StoredCheckIn[] }>(() => api.api["check-ins"].$get({ query: { limit: "1" } })),
    callApi<{ items: StoredSession[] }>(() => api.api.sessions.$get({ query: { limit: "5" } })),
  ]);
  const checkIn = checkIns.items[0];
  // A session saved without ratings before it says nothing about where it hurts.
  const session = sessions.items.find((s) => s.painBefore.length > 0);
  if (checkIn && (!session || Date.parse(checkIn.recordedAt) >= Date.parse(session.startedAt))) return checkIn.ratings;
  return session?.painBefore ?? [];
}
