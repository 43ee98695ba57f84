import { z } from "zod";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { MethodSchema } from "../vocabulary/method-schema.ts";
import { isRegionId } from "../vocabulary/vocabulary.ts";

/** Diary documents carry this version; older stored documents are upgraded on read (see `upgrade.ts`). */
export const DIARY_SCHEMA_VERSION = 1;

/** Notes may be long (a whole page of thoughts), but not unbounded. */
export const MAX_NOTE_LENGTH = 20_000;

const regionId = z.string().refine(isRegionId, { error: (issue) => `unknown region "${String(issue.input)}"` });
const triggerPointId = z.string().refine((id) => findTriggerPoint(id) !== undefined, {
  error: (issue) => `unknown trigger point "${String(issue.input)}"`,
});
const intensity = z.number().min(0, "must be from 0 to 10").max(10, "must be from 0 to 10");
const note = z.string().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`);

/** An instant with its UTC offset, e.g. `2026-11-23T08:30:00+01:00`; the date part is the person's local date. */
export const InstantSchema = z.iso.datetime({ offset: true, error: "must be a date and time with offset, e.g. 2026-11-23T08:30:00+01:00" });

/** One rating of pain in one region, 0–10. */
export const PainRatingSchema = z.strictObject({ region: regionId, intensity });
export type PainRating = z.infer<typeof PainRatingSchema>;

/** How a trigger point was worked in a session. */
export const SessionMethodSchema = MethodSchema;

/** One trigger point worked in a session. */
export const SessionPointSchema = z.strictObject({
  triggerPoint: triggerPointId,
  method: SessionMethodSchema,
  seconds: z.number().int("must be whole seconds").min(0).max(3600, "must be at most 3600").optional(),
  strokes: z.number().int("must be a whole number").min(0).max(500, "must be at most 500").optional(),
  /** The highest pressure-pain felt while working the point, 0–10. */
  maxPain: intensity,
  notes: note.optional(),
});
export type SessionPoint = z.infer<typeof SessionPointSchema>;

/** A self-treatment session as a person records it. */
export const SessionInputSchema = z.strictObject({
  startedAt: InstantSchema,
  routineId: z.string().max(100).optional(),
  points: z.array(SessionPointSchema).max(100, "at most 100 points in one session"),
  painBefore: z.array(PainRatingSchema).max(200),
  painAfter: z.array(PainRatingSchema).max(200),
  notes: note.optional(),
});
export type SessionInput = z.infer<typeof SessionInputSchema>;

/** A press-test result as a person records it. */
export const PressTestInputSchema = z.strictObject({
  recordedAt: InstantSchema,
  triggerPoint: triggerPointId,
  result: z.enum(["reproduces", "tender", "nothing"], { error: 'must be "reproduces", "tender" or "nothing"' }),
  assessmentId: z.string().max(100).optional(),
  notes: note.optional(),
});
export type PressTestInput = z.infer<typeof PressTestInputSchema>;

/** A pain check-in outside a session (for example the next morning). */
export const CheckInInputSchema = z.strictObject({
  recordedAt: InstantSchema,
  ratings: z.array(PainRatingSchema).min(1, "rate at least one region").max(200),
  notes: note.optional(),
});
export type CheckInInput = z.infer<typeof CheckInInputSchema>;

/** One step of a routine: the warm-up, or one trigger point with its method and dose. */
export const RoutineStepSchema = z.strictObject({
  kind: z.enum(["warm-up", "point", "movement"]),
  triggerPoint: triggerPointId.optional(),
  /** The region worked (for the warm-up) or the point's region; a region id without side or with side. */
  area: z.string().max(100).optional(),
  method: SessionMethodSchema.optional(),
  dose: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("strokes"), count: z.number().int().min(1).max(100) }),
    z.strictObject({ kind: z.literal("hold"), seconds: z.number().int().min(5).max(600) }),
  ]),
  instructions: note,
  /** Why this step, this method and this dose were chosen. */
  reason: note,
});
export type RoutineStep = z.infer<typeof RoutineStepSchema>;

/** A routine a person can follow: steps in order, a pain ceiling and stop rules. */
export const RoutineInputSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(200),
  steps: z.array(RoutineStepSchema).min(1, "a routine needs at least one step").max(60),
  painCeiling: z.number().int().min(1).max(7, "must be at most 7"),
  timesPerDay: z.number().int().min(1).max(4).default(1),
  stopRules: z.array(note).default([]),
  notes: note.optional(),
});
export type RoutineInput = z.infer<typeof RoutineInputSchema>;

/** A stored assessment: the drawing and answers, plus the finder's result with the atlas version that produced it. */
export const AssessmentInputSchema = z.strictObject({
  createdAt: InstantSchema,
  pain: z.array(z.strictObject({ region: regionId, intensity: intensity.default(5) })).max(200),
  symptoms: z.array(z.string().max(50)).max(50).default([]),
  flags: z.array(z.string().max(50)).max(50).default([]),
  age: z.number().min(0).max(130).optional(),
  durationWeeks: z.number().min(0).max(5200).optional(),
  notes: note.optional(),
});
export type AssessmentInput = z.infer<typeof AssessmentInputSchema>;

/** The person's local calendar date of an instant with offset: its date part. */
export function localDateOf(instant: string): string {
  return instant.slice(0, 10);
}
