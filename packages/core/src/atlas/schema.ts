import { z } from "zod";
import { AtlasMethodSchema } from "../vocabulary/method-schema.ts";
import { isAnatomicalRegion, isMuscleId, isSymptomId } from "../vocabulary/vocabulary.ts";
import { CAUTIONS } from "./cautions.ts";
import { MAX_PAIN_CEILING } from "./pain-ceiling.ts";
import { SOURCES } from "./sources.ts";

// The atlas shape is written once, here: its types (`types.ts`) are inferred from these schemas, and the
// integrity check (`integrity.ts`) runs them before the rules that span several fields or records.

const anatomicalRegion = z.string().refine(isAnatomicalRegion, "must be a region id without side");
const text = z.string().trim().min(3, "must not be empty");

/** A citation of a published source by chapter or page, e.g. `{ source: "simons-1999", locator: "ch. 6" }`. */
export const CitationSchema = z.strictObject({ source: z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES]), locator: text });

/** Essential: felt in nearly everyone with the trigger point. Spillover: reached in some. */
export const ReferralKindSchema = z.enum(["essential", "spillover"]);

/**
 * One referral zone. The zone is on the trigger point's own side unless `side` says `both` (felt on
 * both sides, e.g. midline-crossing patterns) or `opposite`.
 */
export const ReferralZoneSchema = z.strictObject({
  region: anatomicalRegion,
  kind: ReferralKindSchema,
  side: z.enum(["both", "opposite"]).optional(),
});

/** A dose: slow strokes over the point, or a sustained hold. */
export const DoseSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("strokes"), count: z.number().int().positive() }),
  z.strictObject({ kind: z.literal("hold"), seconds: z.number().positive() }),
]);

/** One way of treating a trigger point yourself. */
export const SelfTreatmentSchema = z.strictObject({
  method: AtlasMethodSchema,
  /** Body position, e.g. "lying on your back with the ball under the shoulder blade". */
  position: text,
  /** How to apply pressure: direction, depth, pace. */
  technique: text,
  dose: DoseSchema,
  /**
   * The most a person should let the pressure hurt, on 0–10 (default 5, never above 7). Shown beside
   * the technique on the atlas page, in the CLI and in `unknot atlas --json`.
   */
  painCeiling: z.number().int().min(1).max(MAX_PAIN_CEILING),
  /** Preferred for beginners and pain-sensitive people (usually the large soft ball). */
  gentle: z.boolean(),
});

/** Where a trigger point lies. */
export const PointLocationSchema = z.strictObject({
  /** The anatomical region (contract id without side) where the point lies. */
  region: anatomicalRegion,
  /** A landmark description a lay person can follow. */
  landmark: text,
  /**
   * Where in the region's drawn shape the point sits, as fractions of the region's bounding box on the
   * map (0,0 = top-left as drawn for the left side); default is the centre.
   */
  at: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
  depth: z.enum(["superficial", "deep"]),
});

/**
 * How often clinicians find a point active among people with pain in its area: `common` (among the
 * first they check), `occasional`, or `rare`. The finder uses it as the prior.
 */
export const PrevalenceSchema = z.enum(["common", "occasional", "rare"]);

/** One myofascial trigger point. */
export const TriggerPointSchema = z.strictObject({
  /** Stable id: `<muscle>-<part>-<n>` or `<muscle>-<n>`, e.g. `trapezius-upper-1`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  /** Human name, e.g. "Upper trapezius, point 1". */
  name: text,
  location: PointLocationSchema,
  /** How often this point is the active one (the finder's prior), and the source that says so. */
  prevalence: PrevalenceSchema,
  prevalenceSource: CitationSchema,
  referral: z.array(ReferralZoneSchema).min(1),
  /** Symptoms beyond pain that this point is known for. */
  symptoms: z.array(z.string().refine(isSymptomId, "must be a contract symptom id")),
  /** What typically activates or perpetuates it. */
  activatedBy: z.array(text),
  /** How to find it. */
  find: text,
  /** How to test it by pressing and what the person should feel. */
  pressTest: text,
  /** Safe, practical ways to treat it, the gentlest first. */
  treatments: z.array(SelfTreatmentSchema).min(1),
  /** A stretch or movement to follow the pressure work. */
  followUp: text,
  /** Endangerment sites and conditions that change the advice here. */
  cautions: z.array(z.enum(Object.keys(CAUTIONS) as [keyof typeof CAUTIONS])),
});

/** A muscle and its trigger points. */
export const MuscleRecordSchema = z.strictObject({
  id: z.string().refine(isMuscleId, "must be a contract muscle id"),
  name: text,
  /** What the muscle does, in one or two plain sentences. */
  about: text,
  /** What is and is not known about trigger points here (optional; a general note always applies). */
  evidence: text.optional(),
  sources: z.array(CitationSchema).min(1),
  triggerPoints: z.array(TriggerPointSchema).min(1),
});

/** The type the schema accepts: the same as `MuscleRecord`, which is inferred from it. */
export type MuscleRecordShape = z.infer<typeof MuscleRecordSchema>;
