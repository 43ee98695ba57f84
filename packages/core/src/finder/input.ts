import { z } from "zod";
import { parseWith, type Parsed } from "../validation.ts";
import { isFlagId, isRegionId, isSymptomId } from "../vocabulary/vocabulary.ts";

const regionId = z.string().refine(isRegionId, { error: (issue) => `unknown region "${String(issue.input)}"` });
const symptomId = z.string().refine(isSymptomId, { error: (issue) => `unknown symptom "${String(issue.input)}"` });
const flagId = z.string().refine(isFlagId, { error: (issue) => `unknown screening flag "${String(issue.input)}"` });

/** One painful region of a drawing. */
export const PainMarkSchema = z.strictObject({
  region: regionId,
  intensity: z.number().min(0, "must be from 0 to 10").max(10, "must be from 0 to 10").default(5),
});

/** What a person felt when pressing a candidate trigger point. */
export const PressTestSchema = z.strictObject({
  triggerPoint: z.string().min(1, "must name a trigger point"),
  result: z.enum(["reproduces", "tender", "nothing"], { error: 'must be "reproduces", "tender" or "nothing"' }),
});

/** The finder's input, as fixed by the shared contract. */
export const FindInputSchema = z.strictObject({
  pain: z.array(PainMarkSchema, { error: "is required: a list of painful regions" }),
  symptoms: z.array(symptomId).default([]),
  flags: z.array(flagId).default([]),
  age: z.number().min(0, "must be from 0 to 130").max(130, "must be from 0 to 130").optional(),
  durationWeeks: z.number().min(0, "must not be negative").optional(),
  pressTests: z.array(PressTestSchema).default([]),
});

/** A validated finder input with defaults filled in. */
export type FindInput = z.output<typeof FindInputSchema>;

/** One press-test answer. */
export type PressTestEntry = z.output<typeof PressTestSchema>;

/** Validates untrusted finder input; on failure the message names the field, e.g. `pain[0].intensity`. */
export function parseFindInput(raw: unknown): Parsed<FindInput> {
  return parseWith(FindInputSchema, raw, "input");
}
