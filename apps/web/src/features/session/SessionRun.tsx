import { useCallback, useEffect, useRef, useState } from "react";
import type { RoutineInput, TimerAlert, TimerState } from "@unknot/core";
import { signal, unlockSound } from "./signals.ts";
import { stepDose, stepTitle } from "./step-words.ts";
import { useSessionTimer } from "./useSessionTimer.ts";

interface SessionRunProps {
  routine: RoutineInput;
  /** Where a resumed session was: its timer (paused) and the steps already done. */
  resumed?: { timer?: TimerState | undefined; completed: readonly number[] } | undefined;
  /** Called as the session goes on, so that it can be kept and resumed after a reload. */
  onProgress?: ((timer: TimerState, completed: ReadonlySet<number>) => void) | undefined;
  /** Called when the session is over, with the indexes of the steps that ran to their end. */
  onFinish: (completed: ReadonlySet<number>) => void;
}

function phaseHeading(phase: string, stroke: { current: number; count: number } | null, hold: boolean): string {
  if (phase === "get-ready") return "Get ready";
  if (stroke) return `Stroke ${stroke.current} of ${stroke.count}`;
  return hold ? "Hold" : "Work";
}

/** The guided session: one step at a time with a countdown, a progress bar, sound and vibration, pause and skip. */
export function SessionRun({ routine, resumed, onProgress, onFinish }: SessionRunProps) {
  const completed = useRef(new Set<number>(resumed?.completed));
  const [announcement, setAnnouncement] = useState("");
  const onAlert = useCallback(
    (alert: TimerAlert) => {
      signal(alert.kind);
      if (alert.kind === "step-ended") completed.current.add(alert.stepIndex);
      const step = routine.steps[alert.stepIndex];
      if (alert.kind === "work-started" && step) setAnnouncement(`Start now: ${stepTitle(step)}.`);
      if (alert.kind === "step-ended") setAnnouncement("Step done. Release the pressure.");
      if (alert.kind === "session-done") setAnnouncement("Session finished.");
    },
    [routine],
  );
  const { state, view, act } = useSessionTimer(routine.steps, onAlert, resumed?.timer);
  useEffect(() => onProgress?.(state, completed.current), [state, onProgress]);
  const done = view.status === "done";
  const index = Math.min(view.stepIndex, routine.steps.length - 1);
  const step = routine.steps[index];
  const seconds = Math.ceil(view.remainingMs / 1000);
  const percent = Math.round(view.progress * 100);
  if (!step) return null;
  return (
    <section className="card session-run" aria-labelledby="run-heading">
      <div
        className="progress"
        role="progressbar"
        aria-label="Whole session"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% of the session done`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      {resumed?.timer && state.status === "paused" && state.elapsedMs === resumed.timer.elapsedMs && (
        <p className="notice" role="status">
          Picked up where you left off. The timer is paused: press Resume when you are back in position.
        </p>
      )}
      <p className="hint">
        Step {index + 1} of {routine.steps.length} ·{" "}
        {step.kind === "warm-up" ? "warm-up" : step.kind === "movement" ? "movement" : "trigger point"}
      </p>
      <h2 id="run-heading">{stepTitle(step)}</h2>
      <p className="step-dose">{stepDose(step)}</p>
      {done ? (
        <p className="phase">Finished</p>
      ) : (
        <div className={`phase phase-${view.phase}`}>
          <span className="phase-name">
            {state.status === "idle" ? "Ready when you are" : phaseHeading(view.phase, view.stroke, step.dose.kind === "hold")}
          </span>
          <span className="countdown" aria-hidden="true">
            {seconds}
            <small>s</small>
          </span>
        </div>
      )}
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      <p className="ceiling">
        Keep the pain at or below <strong>{routine.painCeiling} out of 10</strong>. Stop at sharp, electric or burning pain, or numbness
        that spreads.
      </p>
      <div className="run-controls">
        {state.status === "idle" && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              unlockSound();
              act("start");
            }}
          >
            Start
          </button>
        )}
        {state.status === "running" && (
          <button type="button" onClick={() => act("pause")}>
            Pause
          </button>
        )}
        {state.status === "paused" && (
          <button type="button" className="primary" onClick={() => act("resume")}>
            Resume
          </button>
        )}
        {!done && state.status !== "idle" && (
          <button type="button" className="secondary" onClick={() => act("skip")}>
            Skip this step
          </button>
        )}
        {done ? (
          <button type="button" className="primary" onClick={() => onFinish(completed.current)}>
            Rate your pain now
          </button>
        ) : (
          <button type="button" className="link-button" onClick={() => onFinish(completed.current)}>
            End the session early
          </button>
        )}
      </div>
      <details className="step-details" open>
        <summary>How to do this step</summary>
        <p>{step.instructions}</p>
        <p className="hint">Why: {step.reason}</p>
      </details>
    </section>
  );
}
