import { useCallback, useEffect, useRef, useState } from "react";
import { easedSteps, type EasedStep, type TimerAlert, type TimerState } from "@unknot/core/planner";
import { type RoutineInput } from "@unknot/core/diary";
import { PositionPictogram } from "../../shared/technique/PositionPictogram.tsx";
import { RunControls } from "./RunControls.tsx";
import { signal } from "./signals.ts";
import { speak } from "./speech.ts";
import { useSpokenPromptsSetting } from "./speech-setting.ts";
import { SpeechToggle } from "./SpeechToggle.tsx";
import { StepGuide } from "./StepGuide.tsx";
import { currentTechniqueStep, easedMessage, phaseHeading, runningStep } from "./run-words.ts";
import { doseAmount, stepDose, stepTitle } from "../../shared/words/step-words.ts";
import { useSessionTimer } from "./useSessionTimer.ts";
import { useSpokenPrompts } from "./useSpokenPrompts.ts";

interface SessionRunProps {
  routine: RoutineInput;
  /** Where a resumed session was: its timer (paused) and the steps already done. */
  resumed?: { timer?: TimerState | undefined; completed: readonly number[] } | undefined;
  /** Called as the session goes on, so that it can be kept and resumed after a reload. */
  onProgress?: ((timer: TimerState, completed: ReadonlySet<number>) => void) | undefined;
  /** Called when the session is over, with the steps that ran to their end and those the person eased off. */
  onFinish: (completed: ReadonlySet<number>, eased: EasedStep[]) => void;
}

/** The guided session: one step at a time with a countdown, a progress bar, sound, vibration and spoken prompts, pause, ease off and skip. */
export function SessionRun({ routine, resumed, onProgress, onFinish }: SessionRunProps) {
  const completed = useRef(new Set<number>(resumed?.completed));
  const [announcement, setAnnouncement] = useState("");
  const [spoken, setSpoken] = useSpokenPromptsSetting();
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
  useSpokenPrompts(spoken, routine, state, view);
  const done = view.status === "done";
  const index = Math.min(view.stepIndex, routine.steps.length - 1);
  const running = runningStep(routine, state, index);
  const seconds = Math.ceil(view.remainingMs / 1000);
  const percent = Math.round(view.progress * 100);
  const easeOff = () => {
    const next = act("ease-off");
    const after = runningStep(routine, next.state, next.view.stepIndex);
    const message = easedMessage(after?.step.dose, Math.ceil(next.view.remainingMs / 1000), after?.limit ?? 1);
    setAnnouncement(message);
    if (spoken) speak(message, true);
  };
  if (!running) return null;
  const { planned, step, presses, technique, limit } = running;
  const current = currentTechniqueStep(state.status, view.phase);
  // What to do right now, beside the countdown, for someone who cannot scroll while lying on a ball.
  const nowDoing = technique?.steps.find((s) => s.kind === current);
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
      <div className="run-heading">
        <h2 id="run-heading">{stepTitle(step)}</h2>
        {technique && <PositionPictogram kind={technique.position} method={step.method} />}
      </div>
      <p className="step-dose">
        {stepDose(step)}
        {presses > 0 && ` (eased off from ${doseAmount(planned.dose)})`}
      </p>
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
      {nowDoing && (
        <p className="current-step">
          <strong>{nowDoing.title}:</strong> {nowDoing.text}
        </p>
      )}
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      <p className={presses > 0 ? "ceiling eased" : "ceiling"}>
        {presses > 0 && <strong>Eased off. </strong>}
        Keep the pain at or below <strong>{limit} out of 10</strong>. Stop at sharp, electric or burning pain, or numbness that spreads.
      </p>
      <RunControls
        status={state.status}
        phase={view.phase}
        act={(action) => (action === "ease-off" ? easeOff() : act(action))}
        onFinish={() => onFinish(completed.current, easedSteps(state))}
      />
      <SpeechToggle on={spoken} onChange={setSpoken} />
      <StepGuide step={step} technique={technique} current={current} />
    </section>
  );
}
