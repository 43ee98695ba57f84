import { useMemo } from "react";
import { findTriggerPoint } from "@unknot/core/atlas";
import type { Finding } from "@unknot/core/clinic";
import type { MapView, RegionId } from "@unknot/core/vocabulary";
import { MiniMap, type MiniFill } from "../../shared/body-drawing/MiniMap.tsx";
import { cropAround, referralPattern, viewRegionIds } from "../../shared/pattern/referral-pattern.ts";

const VIEWS: readonly MapView[] = ["front", "back"];
const NO_FILLS: ReadonlyMap<RegionId, MiniFill> = new Map();

/** Where the examined points lie, on the front and back of the body map; the list beside it says what was found. */
export function FindingsMap({ findings }: { findings: readonly Finding[] }) {
  const panes = useMemo(
    () =>
      VIEWS.map((view) => {
        const markers = findings.flatMap((finding) => {
          const entry = findTriggerPoint(finding.triggerPoint);
          if (!entry) return [];
          return referralPattern(entry.point, finding.side)
            .points.filter((p) => p.view === view)
            .map((p) => p.at);
        });
        return { view, markers, box: cropAround(view, viewRegionIds(view), []) };
      }),
    [findings],
  );
  return (
    <div className="findings-map">
      {panes.map(({ view, markers, box }) =>
        box ? (
          <MiniMap
            key={view}
            view={view}
            box={box}
            fills={NO_FILLS}
            markers={markers}
            label={`Body, ${view} view: ${markers.length === 0 ? "no examined point on this side" : `${markers.length} examined point${markers.length === 1 ? "" : "s"} marked with a ring`}.`}
          />
        ) : null,
      )}
    </div>
  );
}
