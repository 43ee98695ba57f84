import { useMemo } from "react";
import { describeRegion } from "@unknot/core/finder";
import { regionShape } from "@unknot/core/body";
import { type MapView, type RegionId } from "@unknot/core/vocabulary";
import { MiniMap, type MiniFill } from "../../shared/body-drawing/MiniMap.tsx";
import { intensityColour } from "../../shared/body-drawing/intensity.ts";
import { cropAround, type ReferralPattern } from "../../shared/pattern/referral-pattern.ts";
import { PatternLegend } from "../../shared/pattern/PatternLegend.tsx";

interface ReferralFigureProps {
  name: string;
  pattern: ReferralPattern;
  drawing: ReadonlyMap<RegionId, number>;
}

const VIEWS: readonly MapView[] = ["front", "back"];
const ESSENTIAL = "#1f5f5b";

function listRegions(ids: readonly RegionId[]): string {
  return ids.map(describeRegion).join(", ");
}

/** The person's drawing beside a trigger point's referral pattern, view by view, cropped to the pattern. */
export function ReferralFigure({ name, pattern, drawing }: ReferralFigureProps) {
  const rows = useMemo(
    () =>
      VIEWS.flatMap((view) => {
        const markers = pattern.points.filter((p) => p.view === view).map((p) => p.at);
        // Cropped to the point's pattern: painful areas far from it are counted in "explains N of the M places you marked" instead.
        const box = cropAround(view, [...pattern.zones.keys(), ...pattern.points.map((p) => p.region)], markers);
        const inView = (ids: Iterable<RegionId>) => [...ids].filter((id) => regionShape(id).view === view);
        if (!box || (markers.length === 0 && inView(pattern.zones.keys()).length === 0)) return [];
        return [{ view, box, markers, inView }];
      }),
    [pattern],
  );
  const yours = new Map<RegionId, MiniFill>([...drawing].map(([id, intensity]) => [id, { colour: intensityColour(intensity) }]));
  const theirs = new Map<RegionId, MiniFill>(
    [...pattern.zones].map(([id, kind]) => [id, { colour: ESSENTIAL, hatched: kind === "spillover" }]),
  );
  const essential = [...pattern.zones].filter(([, kind]) => kind === "essential").map(([id]) => id);
  const spillover = [...pattern.zones].filter(([, kind]) => kind === "spillover").map(([id]) => id);
  return (
    <figure className="referral-figure">
      <div className="referral-grid">
        <span className="referral-head">Your pain</span>
        <span className="referral-head">Where this point can send pain</span>
        {rows.map(({ view, box, markers, inView }) => (
          <div className="referral-row" key={view}>
            <MiniMap
              view={view}
              box={box}
              fills={yours}
              label={`Your drawing, ${view} view: ${listRegions(inView(drawing.keys())) || "nothing marked here"}.`}
            />
            <MiniMap
              view={view}
              box={box}
              fills={theirs}
              markers={markers}
              label={`${name}, ${view} view: the point is marked with a ring; usual pain in ${listRegions(inView(essential)) || "no area here"}; sometimes in ${listRegions(inView(spillover)) || "no area here"}.`}
            />
          </div>
        ))}
      </div>
      <PatternLegend />
    </figure>
  );
}
