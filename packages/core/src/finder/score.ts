import type { ReferralKind } from "../atlas/types.ts";
import type { RegionId, SymptomId } from "../vocabulary/ids.ts";
import type { PressTestEntry } from "./input.ts";
import type { PointInstance } from "./zones.ts";

/** A pain drawing reduced to what scoring needs: each painful region with its intensity. */
export type Drawing = ReadonlyMap<RegionId, number>;

/** How well one trigger point instance explains a drawing, and why. */
export interface PointScore {
  instance: PointInstance;
  /** Log-odds that this point is the source of its area's pain, against no particular point. */
  evidence: number;
  explained: { region: RegionId; kind: ReferralKind }[];
  unexplained: RegionId[];
  /** The painful regions of its own area that it does not explain (other areas need other sources). */
  unexplainedInArea: RegionId[];
  matchedSymptoms: SymptomId[];
  pressTest?: PressTestEntry["result"] | undefined;
}

/** The details behind a ranked point: which painful regions its zones explain and which symptoms it is known for. */
export function scoreInstance(
  instance: PointInstance,
  drawing: Drawing,
  symptoms: readonly SymptomId[],
  pressTest: PressTestEntry["result"] | undefined,
  evidence: number,
  area: ReadonlySet<RegionId>,
): PointScore {
  const explained: PointScore["explained"] = [];
  const unexplained: RegionId[] = [];
  for (const region of drawing.keys()) {
    const kind = instance.zones.get(region);
    if (kind) explained.push({ region, kind });
    else unexplained.push(region);
  }
  const known = instance.entry.point.symptoms;
  const matchedSymptoms = symptoms.filter((symptom) => known.includes(symptom));
  const unexplainedInArea = unexplained.filter((region) => area.has(region));
  return { instance, evidence, explained, unexplained, unexplainedInArea, matchedSymptoms, pressTest };
}
