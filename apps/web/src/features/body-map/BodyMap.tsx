import { BODY_OUTLINES, MAP_SIZE, REGIONS, regionShape, type MapView, type RegionId } from "@unknot/core";

const VIEWS: readonly { view: MapView; title: string }[] = [
  { view: "front", title: "Front" },
  { view: "back", title: "Back" },
];

interface BodyMapProps {
  marked: ReadonlySet<RegionId>;
  onToggle: (id: RegionId) => void;
}

/** Front and back drawings of the body; every contract region is a labelled button that toggles a mark. */
export function BodyMap({ marked, onToggle }: BodyMapProps) {
  return (
    <div className="body-map">
      {VIEWS.map(({ view, title }) => (
        <figure key={view} className="body-view">
          <figcaption>{title}</figcaption>
          <svg viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`} role="group" aria-label={`Body seen from the ${view}`}>
            <polygon className="outline" points={toPoints(BODY_OUTLINES[view])} />
            {REGIONS.filter((region) => region.view === view).map((region) => (
              <polygon
                key={region.id}
                role="button"
                tabIndex={0}
                aria-label={region.label}
                aria-pressed={marked.has(region.id)}
                className={marked.has(region.id) ? "region marked" : "region"}
                points={toPoints(regionShape(region.id).points)}
                onClick={() => onToggle(region.id)}
                onKeyDown={(event) => {
                  if (event.key === " " || event.key === "Enter") {
                    event.preventDefault();
                    onToggle(region.id);
                  }
                }}
              >
                <title>{region.label}</title>
              </polygon>
            ))}
          </svg>
        </figure>
      ))}
    </div>
  );
}

function toPoints(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(" ");
}
