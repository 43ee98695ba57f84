import type { ReactNode } from "react";
import { findTriggerPoint } from "@unknot/core/atlas";
import { type BuiltRoutine, type PointAdaptation } from "@unknot/core/planner";
import { stepDose, stepTitle } from "../../shared/words/step-words.ts";

const ACTION_WORDS: Record<PointAdaptation["action"], string> = {
  continue: "Keep going",
  taper: "Taper",
  recheck: "Re-check with the finder or see a clinician",
};

const KIND_WORDS = { "warm-up": "Warm-up", point: "Trigger point", movement: "Movement" } as const;

function pointName(id: string): string {
  return findTriggerPoint(id)?.point.name ?? id;
}

interface RoutineViewProps {
  built: BuiltRoutine;
  adaptations?: readonly PointAdaptation[];
  /** Buttons shown under the heading (hidden when printed). */
  actions?: ReactNode;
  /** The heading's id, unique on the page when more than one routine is shown. */
  headingId?: string;
}

/** "About 1 minute · 1 step", "About 12 minutes · 9 steps": a routine's length in words. */
export function routineLength(minutes: number, steps: number): string {
  const whole = Math.max(1, Math.ceil(minutes));
  return `About ${whole} minute${whole === 1 ? "" : "s"} · ${steps} step${steps === 1 ? "" : "s"}`;
}

/** A built routine in full: every step with its method, dose, instructions and reason; points left out; the diary's decisions; stop rules. */
export function RoutineView({ built, adaptations = [], actions, headingId = "routine-name" }: RoutineViewProps) {
  const { routine, dropped, minutes } = built;
  const notes = (routine.notes ?? "").split("\n").filter(Boolean);
  return (
    <section className="card routine-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{routine.name}</h2>
      <p className="routine-facts">
        {routineLength(minutes, routine.steps.length)} · pressure-pain at most <strong>{routine.painCeiling}/10</strong> ·{" "}
        {routine.timesPerDay === 1 ? "once a day" : `up to ${routine.timesPerDay} times a day`}
      </p>
      {actions && <div className="routine-actions">{actions}</div>}
      <ol className="routine-step-list">
        {routine.steps.map((step, index) => (
          <li key={index} className={`routine-step step-${step.kind}`}>
            <p className="step-kind">{KIND_WORDS[step.kind]}</p>
            <h3>{stepTitle(step)}</h3>
            <p className="step-dose">{stepDose(step)}</p>
            <p>{step.instructions}</p>
            <p className="step-reason">
              <strong>Why:</strong> {step.reason}
            </p>
          </li>
        ))}
      </ol>
      {adaptations.length > 0 && (
        <>
          <h3>What your diary says</h3>
          <ul className="adaptations">
            {adaptations.map((a) => (
              <li key={a.triggerPoint} className={`adaptation adaptation-${a.action}`}>
                <strong>
                  {pointName(a.triggerPoint)}: {ACTION_WORDS[a.action]}.
                </strong>{" "}
                {a.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {dropped.length > 0 && (
        <>
          <h3>Left out this time</h3>
          <ul>
            {dropped.map((d) => (
              <li key={d.triggerPoint}>
                <strong>{pointName(d.triggerPoint)}:</strong> {d.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {routine.stopRules.length > 0 && (
        <>
          <h3>Stop rules</h3>
          <ul className="stop-rules">
            {routine.stopRules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <div className="routine-notes">
          {notes.map((note) => (
            <p key={note} className="hint">
              {note}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
