import { findTriggerPoint } from "@unknot/core/atlas";
import { type BuiltRoutine } from "@unknot/core/planner";
import { stepDose, stepTitle } from "../../shared/words/step-words.ts";

/** The routine the planner built: its steps, its length, the points left out and why, and the stop rules. */
export function RoutinePreview({ built }: { built: BuiltRoutine }) {
  const { routine, dropped, minutes } = built;
  return (
    <section className="card" aria-labelledby="routine-heading">
      <h2 id="routine-heading">Your routine: about {Math.ceil(minutes)} minutes</h2>
      <ol className="routine-steps">
        {routine.steps.map((step, index) => (
          <li key={index}>
            <strong>{stepTitle(step)}</strong> <span className="hint">{stepDose(step)}</span>
          </li>
        ))}
      </ol>
      {dropped.length > 0 && (
        <>
          <h3>Left out this time</h3>
          <ul>
            {dropped.map((d) => (
              <li key={d.triggerPoint}>
                <strong>{findTriggerPoint(d.triggerPoint)?.point.name ?? d.triggerPoint}:</strong> {d.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Stop rules</h3>
      <ul>
        {routine.stopRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
