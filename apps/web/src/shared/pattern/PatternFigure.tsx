import { useMemo } from "react";
import type { MapView, RegionId } from "@unknot/core/vocabulary";
import { MiniMap, type MiniFill } from "../body-drawing/MiniMap.tsx";
import { cropAround, type ReferralPattern } from "./referral-pattern.ts";
import { PatternLegend } from "./PatternLegend.tsx";

const VIEWS: readonly MapView[] = ["front", "back"];

/** A trigger point's referral pattern alone (shown on the left side), for the atlas. */
export function PatternFigure({ name, pattern, describe }: { name: string; pattern: ReferralPattern; describe: string }) {
  const panes = useMemo(
    () =>
      VIEWS.flatMap((view) => {
        const markers = pattern.points.filter((p) => p.view === view).map((p) => p.at);
        const regions: RegionId[] = [...pattern.zones.keys(), ...pattern.points.map((p) => p.region)];
        const box = cropAround(view, regions, markers);
        return box ? [{ view, box, markers }] : [];
      }),
    [pattern],
  );
  const fills = new Map<RegionId, MiniFill>(
    [...pattern.zones].map(([id, kind]) => [id, { colour: "#1f5f5b", hatched: kind === "spillover" }]),
  );
  return (
    <figure className="pattern-figure">
      <div className="pattern-panes">
        {panes.map(({ view, box, markers }) => (
          <MiniMap key={view} view={view} box={box} fills={fills} markers={markers} label={`${name}, ${view} view. ${describe}`} />
        ))}
      </div>
      <PatternLegend pointNote=" (shown on the left side)" />
    </figure>
  );
}
