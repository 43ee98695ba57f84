import type { z } from "zod";
import type { AtlasMethodSchema } from "../vocabulary/method-schema.ts";
import type {
  CitationSchema,
  DoseSchema,
  MuscleRecordSchema,
  PointLocationSchema,
  PrevalenceSchema,
  ReferralKindSchema,
  ReferralZoneSchema,
  SelfTreatmentSchema,
  TriggerPointSchema,
} from "./schema.ts";

// The atlas types, inferred from the schemas in `schema.ts` (where each field is described).

/** Essential: felt in nearly everyone with the trigger point. Spillover: reached in some. */
export type ReferralKind = z.infer<typeof ReferralKindSchema>;
/** One referral zone, on the point's own side unless `side` says `both` or `opposite`. */
export type ReferralZone = z.infer<typeof ReferralZoneSchema>;
/** How a person can work a trigger point according to the atlas: every method but the massage gun. */
export type Method = z.infer<typeof AtlasMethodSchema>;
/** A dose: slow strokes over the point, or a sustained hold. */
export type Dose = z.infer<typeof DoseSchema>;
/** One way of treating a trigger point yourself. */
export type SelfTreatment = z.infer<typeof SelfTreatmentSchema>;
/** Where a trigger point lies. */
export type PointLocation = z.infer<typeof PointLocationSchema>;
/** A citation of a published source by chapter or page. */
export type Citation = z.infer<typeof CitationSchema>;
/** How often clinicians find a point active among people with pain in its area. */
export type Prevalence = z.infer<typeof PrevalenceSchema>;
/** One myofascial trigger point. */
export type TriggerPoint = z.infer<typeof TriggerPointSchema>;
/** A muscle and its trigger points. */
export type MuscleRecord = z.infer<typeof MuscleRecordSchema>;
