import type { REGION_TABLE } from "../body/region-table.ts";
import type { MUSCLE_TABLE } from "./muscle-table.ts";
import type { DIFFERENTIAL_TABLE, FLAG_TABLE, SAFETY_LEVEL_TABLE, SYMPTOM_TABLE } from "./report-table.ts";

/** A contract region id such as `temple-left` or `vertex`. */
export type RegionId = (typeof REGION_TABLE)[number]["id"];
/** A contract muscle id such as `trapezius`. */
export type MuscleId = (typeof MUSCLE_TABLE)[number]["id"];
/** A symptom a person can report besides where it hurts. */
export type SymptomId = (typeof SYMPTOM_TABLE)[number]["id"];
/** A yes-answer to one of the safety screening questions. */
export type FlagId = (typeof FLAG_TABLE)[number]["id"];
/** How urgently a person should get care, from `none` to `emergency`. */
export type SafetyLevel = (typeof SAFETY_LEVEL_TABLE)[number]["id"];
/** A condition to rule out before relying on trigger point work. */
export type DifferentialId = (typeof DIFFERENTIAL_TABLE)[number]["id"];

/** A region id without its side: `temple` for `temple-left`, or a midline id as it is. */
export type AnatomicalRegion = StripSide<RegionId>;
type StripSide<T extends string> = T extends `${infer Base}-left` ? Base : T extends `${string}-right` ? never : T;

/** A muscle group of the contract, used to split the atlas into body areas. */
export type MuscleGroup = (typeof MUSCLE_TABLE)[number]["group"];
/** Which drawing of the body map shows a region. */
export type MapView = "front" | "back";
/** The person's own side of a region. */
export type BodySide = "left" | "right" | "midline";
