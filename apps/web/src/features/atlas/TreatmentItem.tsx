import { CAUTIONS, type SelfTreatment, type TriggerPoint } from "@unknot/core/atlas";
import { techniqueSteps } from "@unknot/core/planner";
import { PositionPictogram } from "../../shared/technique/PositionPictogram.tsx";
import { TechniqueStepList } from "../../shared/technique/TechniqueStepList.tsx";
import { METHOD_LABELS } from "../../shared/words/atlas-words.ts";

/** One way of treating a point, as a position picture and numbered steps; finding and cautions link to the point's own sections. */
export function TreatmentItem({ point, treatment }: { point: TriggerPoint; treatment: SelfTreatment }) {
  const technique = techniqueSteps(point, treatment);
  const links = {
    find: `#${point.id}-find`,
    cautions: { href: `#${point.id}-care`, titles: point.cautions.map((id) => CAUTIONS[id].title) },
  };
  return (
    <li>
      <h4>
        {METHOD_LABELS[treatment.method]}
        {treatment.gentle && <span className="badge">Gentle: good to start with</span>}
      </h4>
      <div className="technique">
        <PositionPictogram kind={technique.position} method={treatment.method} />
        <TechniqueStepList steps={technique.steps} links={links} />
      </div>
    </li>
  );
}
