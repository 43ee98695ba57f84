import { use } from "react";
import { EVIDENCE_NOTE, SOURCES } from "@unknot/core/atlas";
import { Link } from "../../router/Link.tsx";
import { muscleRecord } from "./muscle-records.ts";
import { TriggerPointDetail } from "./TriggerPointDetail.tsx";

/** `/atlas/:muscle`: a muscle with all its trigger points, cautions, sources and the evidence note. */
export function MusclePage({ muscleId }: { muscleId: string }) {
  const muscle = use(muscleRecord(muscleId));
  if (!muscle) {
    return (
      <section className="card">
        <h1>Muscle not found</h1>
        <p>The atlas has no muscle called "{muscleId}".</p>
        <Link to="/atlas">Browse the atlas</Link>
      </section>
    );
  }
  return (
    <>
      <p>
        <Link to="/atlas">← All muscles</Link>
      </p>
      <h1>{muscle.name}</h1>
      <p>{muscle.about}</p>
      <aside className="notice" aria-label="What is known">
        <h2>What is known</h2>
        {muscle.evidence && <p>{muscle.evidence}</p>}
        <p>{EVIDENCE_NOTE}</p>
      </aside>
      {muscle.triggerPoints.length > 1 && (
        <nav aria-label="Trigger points of this muscle" className="point-nav">
          {muscle.triggerPoints.map((p) => (
            <a key={p.id} href={`#${p.id}`}>
              {p.name}
            </a>
          ))}
        </nav>
      )}
      {muscle.triggerPoints.map((point) => (
        <TriggerPointDetail key={point.id} point={point} />
      ))}
      <section className="card">
        <h2>Sources</h2>
        <ul className="sources">
          {muscle.sources.map((cite) => (
            <li key={`${cite.source}-${cite.locator}`}>
              {SOURCES[cite.source].citation} <span className="hint">({cite.locator})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
