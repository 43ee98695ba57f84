import type { FindConfidence } from "@unknot/core";

const HEADINGS: Record<FindConfidence["level"], string> = {
  high: "One point is well ahead",
  medium: "One point leads, others are close",
  low: "Several points fit about equally",
};

/** How clearly the first candidate leads, in a plain word and a sentence or two. */
export function ConfidenceCard({ confidence }: { confidence: FindConfidence }) {
  return (
    <section className={`card confidence confidence-${confidence.level}`} aria-labelledby="confidence-heading">
      <h2 id="confidence-heading">{confidence.found ? "You have probably found it" : HEADINGS[confidence.level]}</h2>
      <p className="confidence-level">
        Confidence: <strong>{confidence.level}</strong>
      </p>
      <p>{confidence.summary}</p>
    </section>
  );
}
