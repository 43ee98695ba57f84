import type { TimerPhase, TimerStatus } from "@unknot/core/planner";
import { unlockSound } from "./signals.ts";

/** What the person can do to the timer. */
export type RunAction = "start" | "pause" | "resume" | "skip" | "ease-off";

interface RunControlsProps {
  status: TimerStatus;
  phase: TimerPhase;
  act: (action: RunAction) => unknown;
  onFinish: () => void;
}

/** Start, pause or resume, ease off, skip and finish. */
export function RunControls({ status, phase, act, onFinish }: RunControlsProps) {
  const done = status === "done";
  const under = status === "running" || status === "paused";
  // Ease off stays in place (and in the tab order) for the whole session, so focus never falls off the
  // page as a step ends; it only acts during the work itself.
  const canEase = under && phase === "work";
  return (
    <>
      {under && (
        <div className="ease-off-row">
          <button
            type="button"
            className="ease-off"
            aria-disabled={!canEase}
            aria-describedby="ease-off-hint"
            onClick={() => canEase && act("ease-off")}
          >
            Too much? Ease off
          </button>
          <p id="ease-off-hint" className="hint">
            {canEase ? "Shortens what is left of this step and lowers the pain limit." : "Works while you press or roll."}
          </p>
        </div>
      )}
      <div className="run-controls">
        {status === "idle" && (
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
        {status === "running" && (
          <button type="button" onClick={() => act("pause")}>
            Pause
          </button>
        )}
        {status === "paused" && (
          <button type="button" className="primary" onClick={() => act("resume")}>
            Resume
          </button>
        )}
        {under && (
          <button type="button" className="secondary" onClick={() => act("skip")}>
            Skip this step
          </button>
        )}
        {done ? (
          <button type="button" className="primary" onClick={onFinish}>
            Rate your pain now
          </button>
        ) : (
          <button type="button" className="link-button" onClick={onFinish}>
            End the session early
          </button>
        )}
      </div>
    </>
  );
}
