import {
  AssessmentInputSchema,
  CheckInInputSchema,
  GoalInputSchema,
  localDateOf,
  OutcomeInputSchema,
  PressTestInputSchema,
  RoutineInputSchema,
  SessionInputSchema,
  type AssessmentInput,
  type CheckInInput,
  type FindResult,
  type GoalInput,
  type OutcomeInput,
  type PressTestInput,
  type RoutineInput,
  type SessionInput,
} from "@unknot/core";
import type { z } from "zod";
import type { PainRatingsTable } from "./schema.ts";

/** The kinds of diary record, by the name the API and backups use. */
export type RecordKind = "assessments" | "pressTests" | "routines" | "sessions" | "checkIns" | "outcomes" | "goals";

/** The input each kind of record is created from. */
export interface RecordInputs {
  assessments: AssessmentInput & { atlasVersion: string; result: FindResult };
  pressTests: PressTestInput;
  routines: RoutineInput;
  sessions: SessionInput;
  checkIns: CheckInInput;
  outcomes: OutcomeInput;
  goals: GoalInput;
}

type RatingRow = Pick<PainRatingsTable, "source" | "region" | "intensity">;

/** How one kind of record maps onto its table. */
export interface KindConfig<K extends RecordKind> {
  table: "assessments" | "press_tests" | "routines" | "sessions" | "check_ins" | "outcomes" | "goals";
  /** The column that orders records within a day (newest first). */
  orderColumn: "created_at" | "started_at" | "recorded_at" | "taken_at" | "set_at";
  /** The instant whose date part is the record's local date, or undefined to use the creation time. */
  instant: (input: RecordInputs[K]) => string | undefined;
  columns: (input: RecordInputs[K]) => Record<string, string>;
  ratings: (input: RecordInputs[K]) => RatingRow[];
}

const noRatings = () => [];
const toRows = (source: RatingRow["source"], ratings: readonly { region: string; intensity: number }[]) =>
  ratings.map((r) => ({ source, region: r.region, intensity: r.intensity }));

/** Every kind's table mapping. */
export const KINDS: { [K in RecordKind]: KindConfig<K> } = {
  assessments: {
    table: "assessments",
    orderColumn: "created_at",
    instant: (input) => input.createdAt,
    columns: (input) => ({ atlas_version: input.atlasVersion }),
    ratings: noRatings,
  },
  pressTests: {
    table: "press_tests",
    orderColumn: "created_at",
    instant: (input) => input.recordedAt,
    columns: (input) => ({ trigger_point: input.triggerPoint, result: input.result }),
    ratings: noRatings,
  },
  routines: { table: "routines", orderColumn: "created_at", instant: () => undefined, columns: () => ({}), ratings: noRatings },
  sessions: {
    table: "sessions",
    orderColumn: "started_at",
    instant: (input) => input.startedAt,
    columns: (input) => ({ started_at: input.startedAt }),
    ratings: (input) => [...toRows("before", input.painBefore), ...toRows("after", input.painAfter)],
  },
  checkIns: {
    table: "check_ins",
    orderColumn: "recorded_at",
    instant: (input) => input.recordedAt,
    columns: (input) => ({ recorded_at: input.recordedAt }),
    ratings: (input) => toRows("check-in", input.ratings),
  },
  outcomes: {
    table: "outcomes",
    orderColumn: "taken_at",
    instant: (input) => input.takenAt,
    columns: (input) => ({ taken_at: input.takenAt, measure: input.measure }),
    ratings: noRatings,
  },
  goals: {
    table: "goals",
    orderColumn: "set_at",
    instant: (input) => input.setAt,
    columns: (input) => ({ set_at: input.setAt }),
    ratings: noRatings,
  },
};

/** The schema that validates what a person sends for each kind (assessments get their result on the server). */
export const INPUT_SCHEMAS = {
  assessments: AssessmentInputSchema,
  pressTests: PressTestInputSchema,
  routines: RoutineInputSchema,
  sessions: SessionInputSchema,
  checkIns: CheckInInputSchema,
  outcomes: OutcomeInputSchema,
  goals: GoalInputSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** The local date of a record: its own instant's date part, or the creation time's. */
export function localDateFor<K extends RecordKind>(kind: K, input: RecordInputs[K], createdAt: string): string {
  return localDateOf(KINDS[kind].instant(input) ?? createdAt);
}
