import { useMemo } from "react";
import { findTriggerPoint } from "@unknot/core/atlas";
import { type RoutineStep } from "@unknot/core/diary";
import { type TechniqueStepKind, type TechniqueSteps } from "@unknot/core/planner";
import { PatternFigure } from "../../shared/pattern/PatternFigure.tsx";
import { referralPattern } from "../../shared/pattern/referral-pattern.ts";
import { TechniqueStepList } from "../../shared/technique/TechniqueStepList.tsx";

interface StepGuideProps {
  step: RoutineStep;
  technique: TechniqueSteps | undefined;
  current: TechniqueStepKind | undefined;
}

/** How to do the step in hand: the technique as numbered steps and the point on the body, or the step's own instructions. */
export function StepGuide({ step, technique, current }: StepGuideProps) {
  return (
    <details className="step-details" open>
      <summary>How to do this step</summary>
      {technique ? <TechniqueStepList steps={technique.steps} current={current} /> : <p>{step.instructions}</p>}
      {step.kind === "point" && step.triggerPoint && <PointFigure pointId={step.triggerPoint} />}
      <p className="hint">Why: {step.reason}</p>
    </details>
  );
}

function PointFigure({ pointId }: { pointId: string }) {
  const entry = findTriggerPoint(pointId);
  const pattern = useMemo(() => (entry ? referralPattern(entry.point, "left") : undefined), [entry]);
  if (!entry || !pattern) return null;
  return (
    <div className="step-figure">
      <h3>Where the point is</h3>
      <PatternFigure name={entry.point.name} pattern={pattern} describe={entry.point.location.landmark} />
    </div>
  );
}
