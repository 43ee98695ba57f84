import type { AnatomicalRegion, MuscleId, SymptomId } from "../vocabulary/ids.ts";
import type { CautionId } from "./cautions.ts";
import type { SourceId } from "./sources.ts";

/** Essential: felt in nearly everyone with the trigger point. Spillover: reached in some. */
export type ReferralKind = "essential" | "spillover";

/**
 * One referral zone. The zone is on the trigger point's own side unless `side` says
 * `both` (felt on both sides, e.g. midline-crossing patterns) or `opposite`.
 */
export interface ReferralZone {
  region: AnatomicalRegion;
  kind: ReferralKind;
  side?: "both" | "opposite";
}

/** How a person can work a trigger point. */
export type Method =
  | "fingers" // thumb or fingertips
  | "pincer" // gripped between thumb and fingers; with light fingertips, the only methods for the front/side of the neck
  | "small-ball" // small hard ball (lacrosse/tennis size)
  | "large-ball" // large soft massage ball
  | "foam-roller"
  | "hooked-cane"
  | "knobbed-tool";

/** A dose: slow strokes over the point, or a sustained hold. */
export type Dose = { kind: "strokes"; count: number } | { kind: "hold"; seconds: number };

/** One way of treating a trigger point yourself. */
export interface SelfTreatment {
  method: Method;
  /** Body position, e.g. "lying on your back with the ball under the shoulder blade". */
  position: string;
  /** How to apply pressure: direction, depth, pace. */
  technique: string;
  dose: Dose;
  /**
   * The most a person should let the pressure hurt, on 0–10 (default 5, never above 7). Shown beside
   * the technique on the atlas page, in the CLI and in `unknot atlas --json`.
   */
  painCeiling: number;
  /** Preferred for beginners and pain-sensitive people (usually the large soft ball). */
  gentle: boolean;
}

/** Where a trigger point lies. */
export interface PointLocation {
  /** The anatomical region (contract id without side) where the point lies. */
  region: AnatomicalRegion;
  /** A landmark description a lay person can follow. */
  landmark: string;
  /**
   * Where in the region's drawn shape the point sits, as fractions of the region's bounding box
   * on the map (0,0 = top-left as drawn for the left side); default is the centre.
   */
  at?: { x: number; y: number };
  depth: "superficial" | "deep";
}

/** A citation of a published source by chapter or page. */
export interface Citation {
  source: SourceId;
  /** Chapter, page or section, e.g. "ch. 6" or "pp. 278–307". */
  locator: string;
}

/**
 * How often clinicians find a point active among people with pain in its area: `common` (among the
 * first they check), `occasional`, or `rare`. The finder uses it as the prior.
 */
export type Prevalence = "common" | "occasional" | "rare";

/** One myofascial trigger point. */
export interface TriggerPoint {
  /** Stable id: `<muscle>-<part>-<n>` or `<muscle>-<n>`, e.g. `trapezius-upper-1`. */
  id: string;
  /** Human name, e.g. "Upper trapezius, point 1". */
  name: string;
  location: PointLocation;
  /** How often this point is the active one (the finder's prior), and the source that says so. */
  prevalence: Prevalence;
  prevalenceSource: Citation;
  referral: ReferralZone[];
  /** Symptoms beyond pain that this point is known for. */
  symptoms: SymptomId[];
  /** What typically activates or perpetuates it. */
  activatedBy: string[];
  /** How to find it. */
  find: string;
  /** How to test it by pressing and what the person should feel. */
  pressTest: string;
  /** Safe, practical ways to treat it, the gentlest first. */
  treatments: SelfTreatment[];
  /** A stretch or movement to follow the pressure work. */
  followUp: string;
  /** Endangerment sites and conditions that change the advice here. */
  cautions: CautionId[];
}

/** A muscle and its trigger points. */
export interface MuscleRecord {
  id: MuscleId;
  name: string;
  /** What the muscle does, in one or two plain sentences. */
  about: string;
  triggerPoints: TriggerPoint[];
  /** What is and is not known about trigger points here (optional; a general note always applies). */
  evidence?: string;
  sources: Citation[];
}
