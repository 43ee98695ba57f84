// Workout routines, the factor questionnaire and the activity list need no stored data, so they run
// here in the browser from pure core (see "Where logic runs" in docs/architecture.md); the server keeps
// the same routes for the CLI and API users.
import { findTriggerPoint } from "@unknot/core/atlas";
import {
  ACTIVITIES,
  ACTIVITY_IDS,
  adviseOnFactors,
  FACTOR_QUESTIONS,
  FactorAnswersSchema,
  type Activity,
  type FactorAdvice,
  type FactorQuestion,
} from "@unknot/core/planner";

/** One activity a workout routine can be built for. */
export type ActivityChoice = Activity & { id: string };

/** The activities on offer, in core's order. */
export const ACTIVITY_CHOICES: readonly ActivityChoice[] = ACTIVITY_IDS.map((id) => ({ ...ACTIVITIES[id], id }));

/** The perpetuating-factor questionnaire. */
export const FACTOR_QUESTIONNAIRE: readonly FactorQuestion[] = FACTOR_QUESTIONS;

/**
 * Advice for the answers given (question id to option id), tailored to the points worked (ids the atlas
 * does not know are left out). The answers are checked as the server checks them.
 */
export function adviseOnAnswers(answers: Readonly<Record<string, string>>, points: readonly string[]): FactorAdvice[] {
  return adviseOnFactors(
    FactorAnswersSchema.parse(answers),
    points.filter((id) => findTriggerPoint(id) !== undefined),
  );
}
