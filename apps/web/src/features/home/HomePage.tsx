import { useState } from "react";
import type { RegionId } from "@unknot/core";
import { BodyMap } from "../body-map/BodyMap.tsx";
import { SafetyNotice } from "./SafetyNotice.tsx";

/** The first page: what Unknot is, the safety notice, and the body map to mark where it hurts. */
export function HomePage() {
  const [marked, setMarked] = useState<ReadonlySet<RegionId>>(new Set());
  const toggle = (id: RegionId) =>
    setMarked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <section className="intro">
        <h1>Unknot: find the knot behind the pain</h1>
        <p>
          Pain is often felt away from where it starts: a tight spot in a neck muscle can make the temple ache, one deep in the buttock can
          run down the leg. Unknot helps you mark where it hurts, checks whether it is safe to treat yourself, suggests which trigger points
          may be involved and how to test them, and guides a gentle release with a ball, a tool or your thumb.
        </p>
      </section>
      <SafetyNotice />
      <section aria-labelledby="map-heading" className="map-section">
        <h2 id="map-heading">Where does it hurt?</h2>
        <p className="hint">Tap the areas where you feel pain. Left and right are your own left and right.</p>
        <BodyMap marked={marked} onToggle={toggle} />
        <p className="hint" aria-live="polite">
          {marked.size === 0 ? "No areas marked yet." : `${marked.size} area${marked.size === 1 ? "" : "s"} marked.`}
        </p>
      </section>
    </>
  );
}
