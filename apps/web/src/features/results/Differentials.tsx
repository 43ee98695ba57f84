import { DIFFERENTIALS } from "@unknot/core/vocabulary";
import { type Differential } from "@unknot/core/safety";

const NAMES: Record<Differential["id"], string> = {
  fibromyalgia: "Fibromyalgia",
  osteoarthritis: "Osteoarthritis",
  tendinopathy: "Tendinopathy",
  radiculopathy: "An irritated nerve root (radiculopathy)",
  "carpal-tunnel": "Carpal tunnel syndrome",
  "thoracic-outlet": "Thoracic outlet syndrome",
};

/** Conditions to rule out before relying on trigger point work, with what to ask a clinician, shown before the candidates. */
export function Differentials({ differentials }: { differentials: readonly Differential[] }) {
  if (differentials.length === 0) return null;
  return (
    <section className="card differentials" aria-labelledby="differentials-heading">
      <h2 id="differentials-heading">Worth ruling out first</h2>
      <ul>
        {differentials.map((d) => (
          <li key={d.id}>
            <strong>{NAMES[d.id]}.</strong> {d.why} {d.ask}
            <span className="hint"> {DIFFERENTIALS.find((x) => x.id === d.id)?.meaning}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
