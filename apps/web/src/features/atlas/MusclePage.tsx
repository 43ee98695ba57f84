import { lazy, Suspense, use } from "react";
import { EVIDENCE_NOTE } from "@unknot/core/atlas";
import { Link } from "../../router/Link.tsx";
import { useAfterPaint } from "../../shared/ui/useAfterPaint.ts";
import { muscleRecord } from "./muscle-records.ts";

// The trigger points (figures, techniques, cautions) are most of the page's code and its rendering, and start below
// the first screen on a phone: they load once the muscle's name and description have painted.
const MusclePoints = lazy(() => import("./MusclePoints.tsx").then((m) => ({ default: m.MusclePoints })));

/** `/atlas/:muscle`: a muscle with all its trigger points, cautions, sources and the evidence note. */
export function MusclePage({ muscleId }: { muscleId: string }) {
  const muscle = use(muscleRecord(muscleId));
  const painted = useAfterPaint();
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
      {painted && (
        <Suspense fallback={null}>
          <MusclePoints key={muscle.id} muscle={muscle} />
        </Suspense>
      )}
    </>
  );
}
