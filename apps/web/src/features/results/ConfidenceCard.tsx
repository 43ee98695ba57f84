import type { FindConfidence } from "@unknot/core/finder";
import { Link } from "../../router/Link.tsx";

const HEADINGS: Record<FindConfidence["level"], string> = {
  high: "One point is well ahead",
  medium: "One point leads, others are close",
  low: "Several points fit about equally",
};

interface ConfidenceCardProps {
  confidence: FindConfidence;
  /** When the source is found and self-care may go ahead: a guided session with that point. */
  start?: { name: string; href: string } | undefined;
}

/** How clearly the first candidate leads, in a plain word and a sentence or two; once found, where to start. */
export function ConfidenceCard({ confidence, start }: ConfidenceCardProps) {
  const heading = !confidence.found
    ? HEADINGS[confidence.level]
    : start
      ? "You have found a likely source: start with it"
      : "You have probably found it";
  return (
    <section className={`card confidence confidence-${confidence.level}`} aria-labelledby="confidence-heading">
      <h2 id="confidence-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p className="confidence-level">
        Confidence: <strong>{confidence.level}</strong>
      </p>
      <p>{confidence.summary}</p>
      {confidence.found && start && (
        <p className="confidence-start">
          <Link className="button primary" to={start.href}>
            Start a guided session with {start.name}
          </Link>
        </p>
      )}
    </section>
  );
}
