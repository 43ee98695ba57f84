import { describeRegion, listPhrases, type Candidate, type CoverMember } from "@unknot/core/finder";
import type { RegionId } from "@unknot/core/vocabulary";

interface CombinationProps {
  members: readonly CoverMember[];
  candidates: readonly Candidate[];
  /** Painful regions no point left in question explains (points pressed with no effect are not offered). */
  unexplained?: readonly RegionId[];
}

/**
 * When one point does not explain everything: the small set of points that together explain the
 * drawing, and, honestly, any pain that no point still in question explains.
 */
export function Combination({ members, candidates, unexplained = [] }: CombinationProps) {
  if (members.length < 2 && unexplained.length === 0) return null;
  const name = (id: string) => candidates.find((c) => c.triggerPoint === id)?.name ?? id;
  const severalAreas = new Set(members.map((m) => m.forArea)).size > 1;
  return (
    <section className="card" aria-labelledby="combination-heading">
      <h2 id="combination-heading">{combinationHeading(members.length, unexplained.length > 0)}</h2>
      {members.length > 0 && (
        <>
          <p className="hint">
            Several trigger points are often active at once. Between them, these cover{" "}
            {unexplained.length > 0 ? "part of what you marked" : "every area you marked"}:
          </p>
          <ul>
            {members.map((member) => (
              <li key={member.triggerPoint}>
                <strong>{name(member.triggerPoint)}</strong>
                {severalAreas ? ` (for your ${member.forArea})` : ""}: {member.explains.map(describeRegion).join(", ")}
              </li>
            ))}
          </ul>
        </>
      )}
      {unexplained.length > 0 && (
        <p>
          No point left in question explains the {listPhrases(unexplained.map(describeRegion))}: a point you pressed with no effect is not
          offered here. Try a point you have not pressed yet, or have the pain checked by a clinician: it may come from something other than
          a trigger point.
        </p>
      )}
    </section>
  );
}

function combinationHeading(members: number, gaps: boolean): string {
  if (!gaps) return "Together, these could explain all of it";
  if (members === 0) return "No point left to explain it";
  return members === 1 ? "This could explain part of it" : "Together, these could explain part of it";
}
