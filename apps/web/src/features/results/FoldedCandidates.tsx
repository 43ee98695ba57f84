import { describeRegion, type Candidate } from "@unknot/core/finder";

const SHOWN = 5;

/**
 * Until a doctor has checked the person, the candidates are only named, folded away: no press test, no "test this
 * next", no session or routine.
 */
export function FoldedCandidates({ candidates }: { candidates: readonly Candidate[] }) {
  if (candidates.length === 0) return null;
  return (
    <details className="card folded-candidates">
      <summary>For information, after you have been checked: trigger points that may refer this pain</summary>
      <p className="hint">
        Do not press or treat these until a doctor has checked you. If they tell you self-care is fine, come back to test them.
      </p>
      <ol>
        {candidates.slice(0, SHOWN).map((c) => (
          <li key={c.triggerPoint}>
            <strong>{c.name}</strong>: {c.explains.map(describeRegion).join(", ")}
          </li>
        ))}
      </ol>
    </details>
  );
}
