// The one place that records what the person answers on /find to the diary, offline included: the drawing and
// screening answers as an assessment once the results are shown, and each press-test answer linked to it.
import type { AssessmentInput } from "@unknot/core/diary";
import type { FindResult } from "@unknot/core/finder";
import type { FindState, PressAnswer } from "../find-query.ts";
import { ensureSearch, noteTest } from "./answers-store.ts";
import { sendAnswers } from "./answers-outbox.ts";
import { isoWithOffset } from "../format/local-time.ts";

function assessmentInput(state: FindState, now: Date): AssessmentInput {
  return {
    createdAt: isoWithOffset(now),
    pain: state.pain.map(({ region, intensity }) => ({ region, intensity })),
    symptoms: [...state.symptoms],
    flags: [...(state.flags ?? [])],
    ...(state.age !== undefined ? { age: state.age } : {}),
    ...(state.weeks !== undefined ? { durationWeeks: state.weeks } : {}),
  };
}

/** This search (one per distinct drawing and answers a day), recorded if it is new. */
function searchOf(state: FindState, result: FindResult, now: Date) {
  // The first candidate is worth recalling only when self-care may go ahead.
  const first = result.safety.selfCare === "go-ahead" ? result.candidates[0]?.name : undefined;
  return ensureSearch(state, { input: assessmentInput(state, now), first }, now);
}

/** Records the search whose results the person is looking at, and sends whatever waits. */
export function recordSearch(state: FindState, result: FindResult, now: Date): void {
  searchOf(state, result, now);
  void sendAnswers();
}

/** Records a press-test answer (`undefined`: taken back) on the search it belongs to, and sends it. */
export function recordPressTest(
  state: FindState,
  result: FindResult,
  triggerPoint: string,
  answer: PressAnswer | undefined,
  now: Date,
): void {
  noteTest(searchOf(state, result, now).localId, triggerPoint, answer, isoWithOffset(now));
  void sendAnswers();
}
