import { describeRegion, type Candidate, type CoverMember } from "@unknot/core/finder";

/** When one point does not explain everything: the small set of points that together explain the whole drawing. */
export function Combination({ members, candidates }: { members: readonly CoverMember[]; candidates: readonly Candidate[] }) {
  if (members.length < 2) return null;
  const name = (id: string) => candidates.find((c) => c.triggerPoint === id)?.name ?? id;
  const severalAreas = new Set(members.map((m) => m.forArea)).size > 1;
  return (
    <section className="card" aria-labelledby="combination-heading">
      <h2 id="combination-heading">Together, these could explain all of it</h2>
      <p className="hint">Several trigger points are often active at once. Between them, these cover every area you marked:</p>
      <ul>
        {members.map((member) => (
          <li key={member.triggerPoint}>
            <strong>{name(member.triggerPoint)}</strong>
            {severalAreas ? ` (for your ${member.forArea})` : ""}: {member.explains.map(describeRegion).join(", ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
