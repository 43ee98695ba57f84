import type { StoredRecord } from "./kinds.ts";

// The stored record of each kind by its own name (the registry in `kinds.ts` defines them all).
export type { DiarySnapshot, StoredMeta, StoredRecord } from "./kinds.ts";

export type StoredSession = StoredRecord<"sessions">;
export type StoredCheckIn = StoredRecord<"checkIns">;
export type StoredPressTest = StoredRecord<"pressTests">;
export type StoredRoutine = StoredRecord<"routines">;
/** A PSFS or PGIC as stored. */
export type StoredOutcome = StoredRecord<"outcomes">;
export type StoredGoal = StoredRecord<"goals">;
/** An assessment keeps the finder's result and the atlas version that produced it. */
export type StoredAssessment = StoredRecord<"assessments">;
