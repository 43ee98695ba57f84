import { ATLAS, ATLAS_VERSION } from "./atlas.ts";
import { CAUTIONS } from "./cautions.ts";
import { SOURCES } from "./sources.ts";
import type { MuscleRecord, TriggerPoint } from "./types.ts";

/** A trigger point as exported: the contract's top-level `region` beside the full record. */
export type ExportedTriggerPoint = TriggerPoint & { region: TriggerPoint["location"]["region"] };
/** A muscle as exported. */
export type ExportedMuscle = Omit<MuscleRecord, "triggerPoints"> & { triggerPoints: ExportedTriggerPoint[] };

/** The whole atlas as one JSON document: the contract's least shape, plus everything else the atlas holds. */
export interface AtlasDocument {
  version: string;
  muscles: ExportedMuscle[];
  cautions: typeof CAUTIONS;
  sources: typeof SOURCES;
  evidence: string;
}

/**
 * What is honestly known about trigger points, shown with every atlas view. Sources: Lucas 2009,
 * Quintner 2015, Shah 2015, Fernández-de-las-Peñas & Dommerholt 2014.
 */
export const EVIDENCE_NOTE =
  "Trigger points are a working model, not settled science. Examiners often disagree about where they are, and researchers still debate what they are. " +
  "Referral maps describe patterns seen in many people; yours may differ. Pressure work can ease pain for a while and is low-risk when done gently, " +
  "and it works best alongside movement, stretching, strengthening and attention to what keeps the muscle overloaded. Nothing here is a diagnosis.";

/** Builds the document printed by `unknot atlas --json` and served by the API. */
export function atlasDocument(): AtlasDocument {
  return {
    version: ATLAS_VERSION,
    muscles: ATLAS.map((muscle) => ({
      ...muscle,
      triggerPoints: muscle.triggerPoints.map(({ id, name, ...rest }) => ({ id, name, region: rest.location.region, ...rest })),
    })),
    cautions: CAUTIONS,
    sources: SOURCES,
    evidence: EVIDENCE_NOTE,
  };
}
