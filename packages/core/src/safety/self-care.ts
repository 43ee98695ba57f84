import type { SafetyLevel } from "../vocabulary/ids.ts";

/**
 * What the results may offer at a safety level, so every client shows the same thing:
 * - `go-ahead`: press tests, "test this next", sessions and routines.
 * - `gently-with-stop-rules`: the candidates and their press tests, for information and to show a clinician,
 *   each press test with the verdict's `stopRule`; no "test this next", sessions or routines until the person
 *   has been checked.
 * - `not-until-checked`: no press tests, no "test this next", no sessions or routines; candidates, if shown
 *   at all, folded away as "for information, after you have been checked".
 */
export type SelfCare = "go-ahead" | "gently-with-stop-rules" | "not-until-checked";

const SELF_CARE: Record<SafetyLevel, SelfCare> = {
  none: "go-ahead",
  "see-clinician": "gently-with-stop-rules",
  urgent: "not-until-checked",
  emergency: "not-until-checked",
};

/** The one time frame of each level, said once for the whole verdict (reasons carry none of their own). */
const TIME_FRAMES: Record<SafetyLevel, string> = {
  none: "See a clinician if the pain changes, becomes severe or has not eased within a few weeks",
  "see-clinician": "See a clinician within the next few days",
  urgent: "Get medical care today",
  emergency: "Call emergency services now",
};

/** The line every press test carries when self-care is `gently-with-stop-rules`. */
export const PRESS_TEST_STOP_RULE =
  "Only once a clinician has checked you: press gently, and stop at once if you feel tingling or numbness, or pain that shoots or spreads.";

/** What self-care a level allows. */
export function selfCareAt(level: SafetyLevel): SelfCare {
  return SELF_CARE[level];
}

/** The time frame of a level, as one short phrase. */
export function timeFrameAt(level: SafetyLevel): string {
  return TIME_FRAMES[level];
}
