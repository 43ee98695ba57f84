import type { AssessmentInput, CheckInInput, GoalInput, OutcomeInput, PressTestInput, RoutineInput, SessionInput } from "@unknot/core";
import type { InferRequestType, InferResponseType } from "hono/client";
import { answer, api, SAYS_JSON } from "./client.ts";

/** Filters of a diary list; dates are the person's local dates, `YYYY-MM-DD`. */
export type ListQuery = InferRequestType<typeof api.api.sessions.$get>["query"];

/** Filters of a diary list, the page size as a number; unset ones (undefined or "") are left out of the address. */
export type ListFilter = { [K in keyof ListQuery]?: (K extends "limit" ? number : ListQuery[K]) | undefined };

/** Filters of the session list. */
export type SessionFilter = ListFilter;

/** One page of the diary's sessions, newest first, and the cursor of the next page if there is one. */
export type SessionPage = InferResponseType<typeof api.api.sessions.$get, 200>;

/** A stored session as the server answers it. */
export type StoredSessionAnswer = SessionPage["items"][number];

/** The filters that are set, as query parameters. */
function queryOf(filter: ListFilter): ListQuery {
  return Object.fromEntries(
    Object.entries(filter).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
  );
}

/** Saves a finished session to the diary. */
export function saveSession(input: SessionInput) {
  return answer(() => api.api.sessions.$post({ json: input }));
}

/** Lists sessions by date range and region, one page at a time. */
export function listSessions(filter: SessionFilter): Promise<SessionPage> {
  return answer(() => api.api.sessions.$get({ query: queryOf(filter) }));
}

/** Deletes one session from the diary. */
export async function deleteSession(id: string): Promise<void> {
  await answer(() => api.api.sessions[":id"].$delete({ param: { id } }, SAYS_JSON));
}

/** Lists press tests, newest first. */
export function listPressTests(filter: ListFilter) {
  return answer(() => api.api["press-tests"].$get({ query: queryOf(filter) }));
}

/** Records a press-test answer. */
export function savePressTest(input: PressTestInput) {
  return answer(() => api.api["press-tests"].$post({ json: input }));
}

/** Replaces a press-test answer the person changed. */
export function updatePressTest(id: string, input: PressTestInput) {
  return answer(() => api.api["press-tests"][":id"].$put({ param: { id }, json: input }));
}

/** Deletes a press-test answer the person took back. */
export async function deletePressTest(id: string): Promise<void> {
  await answer(() => api.api["press-tests"][":id"].$delete({ param: { id } }, SAYS_JSON));
}

/** Records a search (drawing, screening answers and the finder's result) as an assessment. */
export function saveAssessment(input: AssessmentInput) {
  return answer(() => api.api.assessments.$post({ json: input }));
}

/** Lists assessments, newest first. */
export function listAssessments(filter: ListFilter) {
  return answer(() => api.api.assessments.$get({ query: queryOf(filter) }));
}

/** Lists pain check-ins, newest first. */
export function listCheckIns(filter: ListFilter) {
  return answer(() => api.api["check-ins"].$get({ query: queryOf(filter) }));
}

/** Lists outcome measures (PSFS, PGIC), newest first. */
export function listOutcomes(filter: ListFilter) {
  return answer(() => api.api.outcomes.$get({ query: queryOf(filter) }));
}

/** Records a PSFS or a PGIC. */
export function recordOutcome(input: OutcomeInput) {
  return answer(() => api.api.outcomes.$post({ json: input }));
}

/** Records a pain check-in in the diary. */
export function recordCheckIn(input: CheckInInput) {
  return answer(() => api.api["check-ins"].$post({ json: input }));
}

/** Records a pain check-in (the weekly check-in's "pain today"). */
export const recordPainCheckIn = recordCheckIn;

/** Sets the weekly goal from now on. */
export function saveGoal(input: GoalInput) {
  return answer(() => api.api.goals.$post({ json: input }));
}

/** Stores a routine in the diary. */
export function saveRoutine(routine: RoutineInput) {
  return answer(() => api.api.routines.$post({ json: routine }));
}

/** How many saved routines `/plan` lists, newest first. */
export const SAVED_ROUTINES_SHOWN = 20;

/** The routines saved in the diary, newest first. */
export async function fetchSavedRoutines() {
  return (await answer(() => api.api.routines.$get({ query: queryOf({ limit: SAVED_ROUTINES_SHOWN }) }))).items;
}

type StoredOutcomeAnswer = InferResponseType<typeof api.api.outcomes.$get, 200>["items"][number];
/** A stored PSFS as the server answers it. */
export type PsfsAnswer = Extract<StoredOutcomeAnswer, { measure: "psfs" }>;

/** The latest PSFS, whenever it was taken (its activities are re-rated at each weekly check-in). */
export async function fetchLatestPsfs(): Promise<PsfsAnswer | undefined> {
  const page = await listOutcomes({ limit: 20 });
  return page.items.find((outcome): outcome is PsfsAnswer => outcome.measure === "psfs");
}

/** The areas and levels of the most recent pain ratings (a check-in, or the ratings before a session), to rate again. */
export async function fetchLastPain() {
  const [checkIns, sessions] = await Promise.all([listCheckIns({ limit: 1 }), listSessions({ limit: 5 })]);
  const checkIn = checkIns.items[0];
  // A session saved without ratings before it says nothing about where it hurts.
  const session = sessions.items.find((s) => s.painBefore.length > 0);
  if (checkIn && (!session || Date.parse(checkIn.recordedAt) >= Date.parse(session.startedAt))) return checkIn.ratings;
  return session?.painBefore ?? [];
}
