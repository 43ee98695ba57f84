import { z } from "zod";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { InstantSchema, MAX_NOTE_LENGTH } from "../diary/records.ts";
import { sidesOf, type PointSide } from "../finder/zones.ts";
import { parseWith, type Parsed } from "../validation.ts";

/**
 * The examination criteria of the 2018 international Delphi consensus on diagnosing trigger points
 * (Fernández-de-las-Peñas & Dommerholt, Pain Medicine 2018): the three that matter are a taut band,
 * a hypersensitive spot in it and referred pain; an *active* trigger point is one whose referred pain
 * the person recognises as their familiar pain. A local twitch response and a jump sign may be noted
 * but are not required.
 */
export const FindingCriteriaSchema = z.strictObject({
  tautBand: z.boolean({ error: "must be true or false" }),
  hypersensitiveSpot: z.boolean({ error: "must be true or false" }),
  recognisedReferredPain: z.boolean({ error: "must be true or false" }),
  localTwitchResponse: z.boolean({ error: "must be true or false" }).optional(),
  jumpSign: z.boolean({ error: "must be true or false" }).optional(),
});
export type FindingCriteria = z.infer<typeof FindingCriteriaSchema>;

/** What the clinician judged the point to be. */
export const FINDING_STATUSES = ["active", "latent"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

const triggerPointId = z.string().refine((id) => findTriggerPoint(id) !== undefined, {
  error: (issue) => `unknown trigger point "${String(issue.input)}"`,
});

/** One trigger point a clinician examined, as they record it. */
export const FindingInputSchema = z
  .strictObject({
    triggerPoint: triggerPointId,
    side: z.enum(["left", "right", "midline"], { error: 'must be "left", "right" or "midline"' }),
    status: z.enum(FINDING_STATUSES, { error: 'must be "active" or "latent"' }),
    criteria: FindingCriteriaSchema,
    notes: z.string().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).optional(),
    examinedAt: InstantSchema,
  })
  .superRefine((finding, context) => {
    const entry = findTriggerPoint(finding.triggerPoint);
    if (entry && !sidesOf(entry.point).includes(finding.side)) {
      const allowed = sidesOf(entry.point).join(" or ");
      context.addIssue({ code: "custom", path: ["side"], message: `must be ${allowed} for ${entry.point.name}` });
    }
    // By definition a latent point does not bring on the familiar pain; saying both is a slip to catch.
    if (finding.status === "latent" && finding.criteria.recognisedReferredPain)
      context.addIssue({
        code: "custom",
        path: ["criteria", "recognisedReferredPain"],
        message: "a latent trigger point does not bring on the person's familiar pain: record it as active, or untick this",
      });
  });
export type FindingInput = z.infer<typeof FindingInputSchema>;

/** A finding as stored: who examined, about whom, and when it was written down. */
export interface Finding extends FindingInput {
  id: string;
  personId: string;
  /** The clinician's user id. */
  authorId: string;
  createdAt: string;
}

/** Validates an untrusted finding; on failure the message names the field, e.g. `criteria.tautBand`. */
export function parseFinding(raw: unknown): Parsed<FindingInput> {
  return parseWith(FindingInputSchema, raw, "finding");
}

/** Whether the consensus's required criteria for an active point hold: taut band, hypersensitive spot, recognised referred pain. */
export function meetsActiveCriteria(criteria: FindingCriteria): boolean {
  return criteria.tautBand && criteria.hypersensitiveSpot && criteria.recognisedReferredPain;
}

/**
 * How much a finding says: `confirmed-active` when judged active and the required criteria hold;
 * `trigger-point` when a taut band or hypersensitive spot was found without the full active picture
 * (a latent point, or an active judgement missing a criterion); `not-found` when none was.
 */
export type FindingEvidence = "confirmed-active" | "trigger-point" | "not-found";

export function findingEvidence(finding: Pick<FindingInput, "status" | "criteria">): FindingEvidence {
  if (finding.status === "active" && meetsActiveCriteria(finding.criteria)) return "confirmed-active";
  const { tautBand, hypersensitiveSpot, recognisedReferredPain } = finding.criteria;
  return tautBand || hypersensitiveSpot || recognisedReferredPain ? "trigger-point" : "not-found";
}

/** The criteria found, in words, for notes and exports: "taut band, hypersensitive spot and recognised referred pain". */
export function criteriaInWords(criteria: FindingCriteria): string {
  const found = [
    criteria.tautBand && "taut band",
    criteria.hypersensitiveSpot && "hypersensitive spot",
    criteria.recognisedReferredPain && "referred pain the person recognised",
    criteria.localTwitchResponse && "local twitch response",
    criteria.jumpSign && "jump sign",
  ].filter((text): text is string => typeof text === "string");
  if (found.length === 0) return "none of the criteria";
  return found.length === 1 ? (found[0] ?? "") : `${found.slice(0, -1).join(", ")} and ${found.at(-1) ?? ""}`;
}

/** The side in words for a sentence: "on the left", "" on the midline. */
export function sideInWords(side: PointSide): string {
  return side === "midline" ? "" : ` on the ${side}`;
}
