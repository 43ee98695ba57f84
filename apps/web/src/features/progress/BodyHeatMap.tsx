import { BODY_OUTLINES, boundingBox } from "@unknot/core/body";
import { regionRecord, type MapView, type RegionId } from "@unknot/core/vocabulary";
import { intensityColour } from "../../shared/body-drawing/intensity.ts";
import { viewBoxOf } from "../../shared/body-drawing/map-panes.ts";
import { OUTLINE_POINTS, regionsOfView, sideCaptions } from "../../shared/body-drawing/region-geometry.ts";
import { oneDecimal } from "../../shared/format/format-number.ts";
import "./progress.css";
import { ColumnHeads } from "../../shared/ui/DataTable.tsx";

const VIEWS: readonly MapView[] = ["front", "back"];
const SCALE = [0, 2, 4, 6, 8, 10] as const;

function paneBox(view: MapView) {
  const box = boundingBox(BODY_OUTLINES[view]);
  return { minX: box.minX - 2, minY: box.minY - 2, maxX: box.maxX + 2, maxY: box.maxY + 2 };
}

interface BodyHeatMapProps {
  /** Mean pain (0–10) by region; regions not rated are absent. */
  heat: Partial<Record<RegionId, number>>;
  /** The heading level's text, e.g. "Where it hurt". */
  title: string;
  /** Show the list of values open (the printed report), rather than folded away. */
  listOpen?: boolean;
}

/** Front and back of the body, each region coloured by its mean pain over a period, with the same numbers as a table. */
export function BodyHeatMap({ heat, title, listOpen = false }: BodyHeatMapProps) {
  const rated = (Object.entries(heat) as [RegionId, number][]).sort((a, b) => b[1] - a[1]);
  return (
    <figure className="heat-map">
      <div className="heat-panes">
        {VIEWS.map((view) => {
          const [leftCaption, rightCaption] = sideCaptions(view);
          const here = regionsOfView(view).filter(({ region }) => heat[region.id] !== undefined);
          const label = here.length
            ? `${title}, ${view} view: ${here.map(({ region }) => `${region.label} ${oneDecimal(heat[region.id] ?? 0)}`).join("; ")}.`
            : `${title}, ${view} view: no area rated here.`;
          return (
            <div className="heat-pane" key={view}>
              <div className="heat-caption">
                <span className="side-caption">{leftCaption}</span>
                <strong>{view === "front" ? "Front" : "Back"}</strong>
                <span className="side-caption">{rightCaption}</span>
              </div>
              <svg viewBox={viewBoxOf(paneBox(view))} role="img" aria-label={label} data-view={view}>
                <polygon className="outline" points={OUTLINE_POINTS[view]} />
                {regionsOfView(view).map(({ region, points }) => {
                  const value = heat[region.id];
                  return (
                    <polygon
                      key={region.id}
                      className="heat-region"
                      data-heat={value === undefined ? undefined : oneDecimal(value)}
                      points={points}
                      style={value === undefined ? undefined : { fill: intensityColour(value) }}
                    />
                  );
                })}
              </svg>
            </div>
          );
        })}
      </div>
      <figcaption>
        <span className="heat-legend" aria-hidden="true">
          <span className="heat-swatch heat-none" /> not rated
          {SCALE.map((level) => (
            <span key={level} className="heat-step">
              <span className="heat-swatch" style={{ background: intensityColour(level) }} /> {level}
            </span>
          ))}
        </span>
        <details className="heat-table disclosure" open={listOpen}>
          <summary>The same as a list ({rated.length} areas)</summary>
          {rated.length === 0 ? (
            <p>No area was rated in this period.</p>
          ) : (
            <table>
              <ColumnHeads names={["Area", "Average pain (0–10)"]} />
              <tbody>
                {rated.map(([region, value]) => (
                  <tr key={region}>
                    <td>{regionRecord(region).label}</td>
                    <td>{oneDecimal(value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </figcaption>
    </figure>
  );
}
