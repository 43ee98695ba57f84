import { useMemo, useState } from "react";
import type { SessionInput } from "@unknot/core/diary";
import type { WorkoutRequest } from "@unknot/core/planner";
import { Link } from "../../../router/Link.tsx";
import { isoWithOffset, localDate } from "../../../shared/format/local-time.ts";
import { useDiarySave } from "../../../shared/useDiarySave.ts";
import { SessionRun } from "../../session/SessionRun.tsx";
import { loadPrefs } from "../plan-prefs.ts";
import { ActivityPicker } from "./ActivityPicker.tsx";
import { checkInAreas, keyAreas, toFeelings, type FeelingKey, type FeelingWord } from "./feelings.ts";
import { FeelingsForm } from "./FeelingsForm.tsx";
import { NextDayCheckIn } from "./NextDayCheckIn.tsx";
import { useWorkout } from "./useWorkout.ts";
import { WorkoutFinish } from "./WorkoutFinish.tsx";
import { WorkoutSuggestion } from "./WorkoutSuggestion.tsx";
import { loadWorkoutMemory, previousFeedback, saveWorkoutMemory, type Feedback, type WorkoutMemory } from "./workout-memory.ts";
import "../plan.css";

type Stage = "plan" | "run" | "rate";

const FEEDBACK_WORDS: Record<Feedback, string> = { better: "better", same: "about the same", worse: "worse" };

/** What the diary notes when a routine ended before its last step. */
function stoppedEarlyNote(steps: number, done: number): string {
  return done >= steps ? "" : ` Stopped early: ${done} of ${steps} steps done.`;
}

/** `/plan/workout`: a light routine before training or a recovery routine after it, shaped by how the last one went. */
export function WorkoutPage() {
  const today = useMemo(() => localDate(new Date()), []);
  const workout = useWorkout();
  const [memory, setMemoryState] = useState<WorkoutMemory | undefined>(loadWorkoutMemory);
  const [activityId, setActivityId] = useState(() => memory?.activity ?? "running");
  const [phase, setPhase] = useState<"pre" | "post">(() => memory?.phase ?? "pre");
  const [rated, setRated] = useState<Map<FeelingKey, FeelingWord>>(new Map());
  const [stage, setStage] = useState<Stage>("plan");
  const [runs, setRuns] = useState(0);
  const [runStartedAt, setRunStartedAt] = useState("");
  const [completed, setCompleted] = useState<ReadonlySet<number>>(new Set());
  const diary = useDiarySave();
  const activity = workout.activities.find((a) => a.id === activityId);
  const areas = useMemo(() => keyAreas(activity?.points ?? []), [activity]);
  const setMemory = (next: WorkoutMemory) => {
    setMemoryState(next);
    saveWorkoutMemory(next);
  };
  const suggest = () =>
    workout.build({
      activity: activityId as WorkoutRequest["activity"],
      phase,
      feelings: toFeelings(rated),
      prefs: loadPrefs(),
      previous: previousFeedback(memory),
    });
  const built = workout.suggestion?.built;
  const rateAfter = (feedback: Feedback, points: SessionInput["points"]) => {
    if (!built) return;
    // Saved even when no point ran to its end: a routine stopped early is still part of the diary, and says so.
    const notes = `Workout routine "${built.routine.name}": ${FEEDBACK_WORDS[feedback]} right after.${stoppedEarlyNote(built.routine.steps.length, completed.size)}`;
    void diary.save({ startedAt: runStartedAt, points, painBefore: [], painAfter: [], notes });
    setMemory({
      activity: built.activity,
      phase: built.phase,
      name: built.routine.name,
      date: today,
      minutes: built.minutes,
      steps: built.routine.steps.length,
      areas: checkInAreas(rated, areas),
      afterRating: feedback,
    });
    workout.clear();
    setStage("plan");
  };
  const pendingCheckIn = memory?.afterRating !== undefined && memory.nextDayCheckIn === undefined;
  return (
    <div className="workout-page">
      <h1>Before or after training</h1>
      <p className="hint">
        Before: a few minutes of light work and a movement like your training. After: a recovery routine for the muscles you used. Your
        preferences from <Link to="/plan">Plan a routine</Link> apply here too.
      </p>
      {workout.error && (
        <p className="notice" role="alert">
          {workout.error}
        </p>
      )}
      {stage === "plan" && diary.outcome && diary.outcome !== "failed" && (
        <p className="hint" role="status">
          {diary.outcome === "saved"
            ? "The routine and the points you worked are saved in your diary."
            : "The routine and the points you worked are kept on this device and go to your diary when you are back online."}
        </p>
      )}
      {diary.error && (
        <p className="notice" role="alert">
          The routine's points could not be saved to your diary: {diary.error}
        </p>
      )}
      {memory?.afterRating && stage === "plan" && (
        <p className="last-rating">
          Last routine, “{memory.name}”: {FEEDBACK_WORDS[memory.afterRating]} right after
          {memory.nextDayCheckIn ? `, ${FEEDBACK_WORDS[memory.nextDayCheckIn]} the next day` : ""}. The next suggestion takes this into
          account.
        </p>
      )}
      {pendingCheckIn && stage === "plan" && memory && (
        <NextDayCheckIn
          key={memory.name + memory.date}
          memory={memory}
          today={today}
          onDone={(f) => setMemory({ ...memory, nextDayCheckIn: f })}
        />
      )}
      {stage === "plan" && (
        <>
          <ActivityPicker
            activities={workout.activities}
            activity={activityId}
            phase={phase}
            onActivity={(id) => {
              setActivityId(id);
              setRated(new Map());
              workout.clear();
            }}
            onPhase={(p) => {
              setPhase(p);
              workout.clear();
            }}
          />
          {activity && <FeelingsForm areas={areas} rated={rated} onChange={setRated} />}
          <button type="button" className="primary wide" disabled={!activity || workout.busy} onClick={suggest}>
            {workout.busy ? "Building…" : built ? "Suggest again" : memory?.afterRating ? "Get the next suggestion" : "Get my routine"}
          </button>
          {built && workout.suggestion && (
            <WorkoutSuggestion
              built={built}
              adjusted={workout.suggestion.adjusted}
              memory={memory}
              onStart={() => {
                window.scrollTo(0, 0);
                setRunStartedAt(isoWithOffset(new Date()));
                setRuns((n) => n + 1);
                setStage("run");
              }}
            />
          )}
        </>
      )}
      {stage === "run" && built && (
        <SessionRun
          key={runs}
          routine={built.routine}
          onFinish={(done) => {
            setCompleted(new Set(done));
            setStage("rate");
          }}
        />
      )}
      {stage === "rate" && built && <WorkoutFinish routine={built.routine} completed={completed} onRate={rateAfter} />}
    </div>
  );
}
