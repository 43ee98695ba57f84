import type { FindResult } from "../finder/find.ts";
import type { GoalInput, OutcomeInput } from "./outcomes.ts";
import type { AssessmentInput, CheckInInput, PressTestInput, RoutineInput, SessionInput } from "./records.ts";

/** Fields every stored diary record has. */
export interface StoredMeta {
  id: string;
  /** The person's local calendar date (`YYYY-MM-DD`), from the record's own instant. */
  localDate: string;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
}

export type StoredSession = SessionInput & StoredMeta;
export type StoredCheckIn = CheckInInput & StoredMeta;
export type StoredPressTest = PressTestInput & StoredMeta;
export type StoredRoutine = RoutineInput & StoredMeta;
/** A PSFS or PGIC as stored. */
export type StoredOutcome = OutcomeInput & StoredMeta;
export type StoredGoal = GoalInput & StoredMeta;
/** An assessment keeps the finder's result and the atlas version that produced it. */
export type StoredAssessment = AssessmentInput & StoredMeta & { atlasVersion: string; result: FindResult };

/** Everything one person has recorded: what backups, exports and progress statistics read. */
export interface DiarySnapshot {
  assessments: StoredAssessment[];
  pressTests: StoredPressTest[];
  routines: StoredRoutine[];
  sessions: StoredSession[];
  checkIns: StoredCheckIn[];
  /** PSFS and PGIC measures (absent from backups older than the outcomes issue: read as empty). */
  outcomes: StoredOutcome[];
  /** Weekly session goals, each in force from its date until the next. */
  goals: StoredGoal[];
}
