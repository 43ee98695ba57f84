import { findTriggerPoint } from "@unknot/core/atlas";
import { sidedRegions, type RegionId } from "@unknot/core/vocabulary";
import type { PainMark } from "../../shared/find-query.ts";
import type { ChosenPoint } from "../../shared/session-query.ts";

const MAX_DEFAULT_AREAS = 6;

/**
 * The areas to rate before and after a session: the person's own drawing when the session came from the finder,
 * otherwise the usual pain areas of the chosen points (on their side; the left when the side is open).
 */
export function ratingAreas(points: readonly ChosenPoint[], drawing: readonly PainMark[]): PainMark[] {
  if (drawing.length > 0) return drawing.map((mark) => ({ ...mark }));
  const regions = new Set<RegionId>();
  for (const chosen of points) {
    const entry = findTriggerPoint(chosen.triggerPoint);
    if (!entry) continue;
    const side = chosen.side === "right" ? "right" : "left";
    for (const zone of entry.point.referral.filter((z) => z.kind === "essential")) {
      const [region] = sidedRegions(zone.region, zone.side === "opposite" ? (side === "left" ? "right" : "left") : side);
      if (region) regions.add(region);
    }
  }
  return [...regions].slice(0, MAX_DEFAULT_AREAS).map((region) => ({ region, intensity: 0 }));
}
