import { z } from "zod";
import { InstantSchema } from "./records.ts";

/** The Patient-Specific Functional Scale asks for three to five activities. */
export const PSFS_ACTIVITIES = { min: 3, max: 5 } as const;
/** The longest activity name kept: a sentence, not a page. */
export const MAX_ACTIVITY_LENGTH = 200;

/**
 * The Patient Global Impression of Change as Unknot stores it: 1 (very much worse) to 7 (very much
 * improved), 4 meaning no change. (The clinician version, Guy's CGI-I, runs the other way round.)
 */
export const PGIC_LABELS = {
  1: "Very much worse",
  2: "Much worse",
  3: "A little worse",
  4: "No change",
  5: "A little improved",
  6: "Much improved",
  7: "Very much improved",
} as const satisfies Record<number, string>;

/** A PGIC score, 1–7. */
export type PgicScore = keyof typeof PGIC_LABELS;

const activity = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(MAX_ACTIVITY_LENGTH, `must be at most ${MAX_ACTIVITY_LENGTH} characters`);
const psfsScore = z
  .number("must be a number")
  .int("must be a whole number from 0 to 10")
  .min(0, "must be from 0 to 10")
  .max(10, "must be from 0 to 10");

/** One activity of a PSFS and how well the person can do it now: 0 = not at all, 10 = as well as before the problem. */
export const PsfsItemSchema = z.strictObject({ activity, score: psfsScore });
export type PsfsItem = z.infer<typeof PsfsItemSchema>;

/** A Patient-Specific Functional Scale: three to five activities the person named, each rated 0–10. */
export const PsfsInputSchema = z.strictObject({
  measure: z.literal("psfs"),
  takenAt: InstantSchema,
  items: z
    .array(PsfsItemSchema)
    .min(PSFS_ACTIVITIES.min, `name at least ${PSFS_ACTIVITIES.min} activities`)
    .max(PSFS_ACTIVITIES.max, `name at most ${PSFS_ACTIVITIES.max} activities`)
    .superRefine((items, context) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const key = activityKey(item.activity);
        if (seen.has(key)) context.addIssue({ code: "custom", path: [index, "activity"], message: "names the same activity twice" });
        seen.add(key);
      });
    }),
});
export type PsfsInput = z.infer<typeof PsfsInputSchema>;

/** A Patient Global Impression of Change: one score from 1 (very much worse) to 7 (very much improved). */
export const PgicInputSchema = z.strictObject({
  measure: z.literal("pgic"),
  takenAt: InstantSchema,
  score: z.number("must be a number").int("must be a whole number from 1 to 7").min(1, "must be from 1 to 7").max(7, "must be from 1 to 7"),
});
export type PgicInput = z.infer<typeof PgicInputSchema>;

/** An outcome measure as a person records it (`POST /api/outcomes`). */
export const OutcomeInputSchema = z.discriminatedUnion("measure", [PsfsInputSchema, PgicInputSchema], {
  error: 'must be "psfs" or "pgic"',
});
export type OutcomeInput = z.infer<typeof OutcomeInputSchema>;

/** How many sessions a week a person aims for: a small goal they set themselves and may change any time. */
export const GoalInputSchema = z.strictObject({
  setAt: InstantSchema,
  sessionsPerWeek: z
    .number("must be a number")
    .int("must be a whole number from 1 to 14")
    .min(1, "must be at least 1")
    .max(14, "must be at most 14 (twice a day)"),
});
export type GoalInput = z.infer<typeof GoalInputSchema>;

/** The key an activity is matched by across check-ins: trimmed, spaces folded, case ignored. */
export function activityKey(activity: string): string {
  return activity.trim().replace(/\s+/g, " ").toLowerCase();
}
