import { z } from "zod";
import { isAnatomicalRegion, isMuscleId, isSymptomId } from "../vocabulary/vocabulary.ts";
import { CAUTIONS } from "./cautions.ts";
import { SOURCES } from "./sources.ts";

const anatomicalRegion = z.string().refine(isAnatomicalRegion, "must be a region id without side");
const text = z.string().trim().min(3, "must not be empty");

/** Runtime schema of an atlas muscle record; `MuscleRecordShape` is its inferred type. */
export const MuscleRecordSchema = z.strictObject({
  id: z.string().refine(isMuscleId, "must be a contract muscle id"),
  name: text,
  about: text,
  evidence: text.optional(),
  sources: z.array(z.strictObject({ source: z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES]), locator: text })).min(1),
  triggerPoints: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        name: text,
        location: z.strictObject({
          region: anatomicalRegion,
          landmark: text,
          at: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
          depth: z.enum(["superficial", "deep"]),
        }),
        prevalence: z.enum(["common", "occasional", "rare"]),
        prevalenceSource: z.strictObject({ source: z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES]), locator: text }),
        referral: z
          .array(
            z.strictObject({
              region: anatomicalRegion,
              kind: z.enum(["essential", "spillover"]),
              side: z.enum(["both", "opposite"]).optional(),
            }),
          )
          .min(1),
        symptoms: z.array(z.string().refine(isSymptomId, "must be a contract symptom id")),
        activatedBy: z.array(text),
        find: text,
        pressTest: text,
        treatments: z
          .array(
            z.strictObject({
              method: z.enum(["fingers", "pincer", "small-ball", "large-ball", "foam-roller", "hooked-cane", "knobbed-tool"]),
              position: text,
              technique: text,
              dose: z.discriminatedUnion("kind", [
                z.strictObject({ kind: z.literal("strokes"), count: z.number().int().positive() }),
                z.strictObject({ kind: z.literal("hold"), seconds: z.number().positive() }),
              ]),
              painCeiling: z.number().int().min(1).max(7),
              gentle: z.boolean(),
            }),
          )
          .min(1),
        followUp: text,
        cautions: z.array(z.enum(Object.keys(CAUTIONS) as [keyof typeof CAUTIONS])),
      }),
    )
    .min(1),
});

/** The type the schema accepts; the hand-written `MuscleRecord` is checked against it in tests. */
export type MuscleRecordShape = z.infer<typeof MuscleRecordSchema>;
