import type { ReferralKind } from "../atlas/types.ts";
import type { RegionId, SymptomId } from "../vocabulary/ids.ts";
import type { PressTestEntry } from "./input.ts";
import { MODEL } from "./model.ts";
import { evidenceFor, type Drawing } from "./score.ts";
import type { PointInstance } from "./zones.ts";

/**
 * Several trigger points of one muscle are often active together, and their patterns add up (the
 * four quadratus lumborum points between them cover the iliac crest, the hip, the sacroiliac joint
 * and the buttock). This scores the hypothesis "these points of the muscle, on this side, are all
 * active": the union of their zones, less a prior cost for each point beyond the first.
 */
export function unionEvidence(
  instances: readonly PointInstance[],
  drawing: Drawing,
  symptoms: readonly SymptomId[],
  pressed: ReadonlyMap<string, PressTestEntry["result"]>,
): number {
  const first = instances[0];
  if (!first || instances.length < 2) return -Infinity;
  const zones = new Map<RegionId, ReferralKind>();
  for (const instance of instances) {
    for (const [region, kind] of instance.zones) if (zones.get(region) !== "essential") zones.set(region, kind);
  }
  const pointSymptoms = [...new Set(instances.flatMap((i) => i.entry.point.symptoms))];
  const merged: PointInstance = { ...first, entry: { ...first.entry, point: { ...first.entry.point, symptoms: pointSymptoms } }, zones };
  const pressTerm = instances.reduce((sum, i) => {
    const result = pressed.get(i.entry.point.id);
    return result ? sum + Math.log(MODEL.pressTest[result]) : sum;
  }, 0);
  return evidenceFor(merged, drawing, symptoms, undefined) + pressTerm - MODEL.extraPointCost * (instances.length - 1);
}
