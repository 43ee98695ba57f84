import type { TechniqueStep, TechniqueStepKind } from "@unknot/core/planner";

/** Where the atlas page points instead of repeating text it shows nearby. */
export interface StepLinks {
  /** The point's "How to find it" section, shown instead of the finding text. */
  find: string;
  /** The point's cautions box and their titles, shown instead of the caution texts. */
  cautions: { href: string; titles: readonly string[] };
}

interface TechniqueStepListProps {
  steps: readonly TechniqueStep[];
  /** The step the person is on now (in a guided session). */
  current?: TechniqueStepKind | undefined;
  links?: StepLinks | undefined;
}

/** A technique as numbered steps, each a short title and its complete sentences. */
export function TechniqueStepList({ steps, current, links }: TechniqueStepListProps) {
  return (
    <ol className="technique-steps">
      {steps.map((step) => (
        <li
          key={step.kind}
          className={`technique-step technique-step-${step.kind}`}
          aria-current={step.kind === current ? "step" : undefined}
        >
          <strong className="step-title">{step.title}:</strong> <StepBody step={step} links={links} />
        </li>
      ))}
    </ol>
  );
}

function StepBody({ step, links }: { step: TechniqueStep; links: StepLinks | undefined }) {
  if (links && step.kind === "find") return <a href={links.find}>See “How to find it” above.</a>;
  const cautions = links && step.kind === "stop" && links.cautions.titles.length > 0 ? links.cautions : undefined;
  return (
    <>
      <span>{step.text}</span>
      {cautions ? (
        <span>
          {" "}
          Also read <a href={cautions.href}>“Take care here”</a> below: {cautions.titles.join("; ").toLowerCase()}.
        </span>
      ) : (
        step.more.length > 0 && (
          <ul className="step-more">
            {step.more.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )
      )}
    </>
  );
}
