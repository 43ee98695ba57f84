/** The key to a referral figure: solid for usual pain, hatched for sometimes, a ring for the point. */
export function PatternLegend({ pointNote = "" }: { pointNote?: string }) {
  return (
    <figcaption className="legend">
      <span className="legend-item">
        <span className="legend-solid" aria-hidden="true" /> usual pain
      </span>
      <span className="legend-item">
        <span className="legend-hatched" aria-hidden="true" /> sometimes
      </span>
      <span className="legend-item">
        <span className="legend-ring" aria-hidden="true" /> the trigger point{pointNote}
      </span>
    </figcaption>
  );
}
