import { useEffect, useMemo, useReducer, useState } from "react";
import { buildRoutine, stepSeconds, type BuiltRoutine } from "@unknot/core/planner";
import { findTriggerPoint } from "@unknot/core/atlas";
import { type RoutineInput, type SessionInput } from "@unknot/core/diary";
import { messageOf } from "../../api/index.ts";
import { takeHandedOffRoutine, takeHandedOffRoutineId } from "../../shared/handoff.ts";
import { Link } from "../../router/Link.tsx";
import { useLocation } from "../../router/router.ts";
import { useSearch } from "../../router/search.ts";
import { isoWithOffset } from "../../shared/format/local-time.ts";
import { PainRatings } from "../../shared/ui/PainRatings.tsx";
import { DEFAULT_PREFS, PlanForm, type SessionPrefs } from "./PlanForm.tsx";
import { RoutinePreview } from "./RoutinePreview.tsx";
import { SessionFinish } from "./SessionFinish.tsx";
import { SessionRun } from "./SessionRun.tsx";
import { ratingAreas } from "./default-ratings.ts";
import { initialSessionFlow, reduceSessionFlow } from "./session-flow.ts";
import { forgetSessionInProgress, keepRunProgress, keepSessionInProgress, resumeSessionInProgress } from "./resume.ts";
import { SESSION_SEARCH } from "../../shared/session-query.ts";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";
import { useDiarySave } from "../../shared/useDiarySave.ts";

function plan(points: readonly string[], prefs: SessionPrefs): { built: BuiltRoutine } | { error: string } {
  try {
    return { built: buildRoutine({ points: [...points], prefs }) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** A routine planned on the plan page, followed exactly as it was built (preferences and diary tapering included). */
function asBuilt(routine: RoutineInput): BuiltRoutine {
  const seconds = routine.steps.reduce((sum, step) => sum + stepSeconds(step), 0);
  return { routine, dropped: [], minutes: Math.ceil(seconds / 60) };
}

/** `/session?points=…&pain=…`: plan, rate the pain, follow the guided steps, rate again and save to the diary. */
export function SessionPage() {
  const { query } = useLocation();
  const { value: chosen, problems } = useSearch(SESSION_SEARCH);
  // A session under way in this tab before a reload carries on where it was.
  const [resumed] = useState(() => resumeSessionInProgress(query.toString()));
  const [flow, dispatch] = useReducer(reduceSessionFlow, undefined, () =>
    initialSessionFlow({
      resumed,
      // Only taken when nothing was resumed: taking a handed-off routine uses it up.
      handedOff: resumed ? undefined : takeHandedOffRoutine(chosen.points.map((p) => p.triggerPoint)),
      before: resumed ? [] : ratingAreas(chosen.points, chosen.pain),
      prefs: DEFAULT_PREFS,
    }),
  );
  const { phase, handedOff, prefs, before, startedAt, completed, eased } = flow;
  // A clinician's programme run from the plan page: the saved session names it, so adherence counts it.
  const [routineId] = useState(() => (handedOff ? takeHandedOffRoutineId() : undefined));
  const diary = useDiarySave();
  const planned = useMemo(
    () =>
      handedOff
        ? { built: asBuilt(handedOff) }
        : plan(
            chosen.points.map((p) => p.triggerPoint),
            prefs,
          ),
    [chosen, prefs, handedOff],
  );
  const queryKey = query.toString();
  const routine = "built" in planned ? planned.built.routine : undefined;
  useEffect(() => {
    if ((phase === "run" || phase === "after") && routine)
      keepSessionInProgress({ query: queryKey, phase, routine, before, startedAt, completed: [...completed], eased });
    if (phase === "saved" || phase === "queued") forgetSessionInProgress();
  }, [phase, queryKey, routine, before, startedAt, completed, eased]);
  if (chosen.points.length === 0) {
    return (
      <section className="card">
        <h1>No trigger points chosen</h1>
        <p>A guided session starts from the points you choose in your results or in the atlas.</p>
        {problems.map((p) => (
          <p key={p} className="hint">
            {p}
          </p>
        ))}
        <Link to="/">Mark where it hurts</Link> · <Link to="/atlas">Browse the atlas</Link>
      </section>
    );
  }
  const save = async (session: SessionInput) => {
    const outcome = await diary.save(routineId && handedOff ? { ...session, routineId } : session);
    if (outcome !== "failed") dispatch({ type: "saved", outcome });
  };
  const names = chosen.points.map((p) => findTriggerPoint(p.triggerPoint)?.point.name ?? p.triggerPoint);
  return (
    <>
      <h1>Guided session</h1>
      <p className="hint">For: {names.join(", ")}</p>
      {phase === "plan" && <LinkNotes problems={problems} />}
      {phase === "plan" && (
        <>
          {handedOff && <p className="hint">Following the routine you planned. Change the settings below to rebuild it here instead.</p>}
          <PlanForm prefs={prefs} onChange={(next) => dispatch({ type: "change-prefs", prefs: next })} />
          {"built" in planned ? <RoutinePreview built={planned.built} /> : <p className="notice">{planned.error}</p>}
          <button
            type="button"
            className="primary wide"
            disabled={!("built" in planned)}
            onClick={() => dispatch({ type: "rate-before-start" })}
          >
            Next: rate your pain before you start
          </button>
        </>
      )}
      {phase === "before" && (
        <section className="card" aria-labelledby="before-heading">
          <h2 id="before-heading">How much does it hurt right now?</h2>
          <p className="hint">Rating before and after shows you, over the weeks, what helps.</p>
          <PainRatings ratings={before} onChange={(ratings) => dispatch({ type: "rate-before", ratings })} />
          <button type="button" className="primary wide" onClick={() => dispatch({ type: "start", now: isoWithOffset(new Date()) })}>
            Go to the first step
          </button>
        </section>
      )}
      {phase === "run" && "built" in planned && (
        <SessionRun
          routine={planned.built.routine}
          resumed={resumed?.phase === "run" ? resumed : undefined}
          onProgress={keepRunProgress}
          onFinish={(done, lighter) => {
            dispatch({ type: "finish-run", completed: done, eased: lighter });
          }}
        />
      )}
      {phase === "after" && "built" in planned && (
        <SessionFinish
          routine={planned.built.routine}
          completed={completed}
          eased={eased}
          before={before}
          startedAt={startedAt}
          saving={diary.saving}
          error={diary.error}
          onSave={(session) => void save(session)}
        />
      )}
      {(phase === "saved" || phase === "queued") && (
        <section className="card" role="status">
          <h2>{phase === "saved" ? "Saved to your diary" : "Saved on this device"}</h2>
          <p>
            {phase === "saved"
              ? "Well done. Move gently for the rest of the day, and notice how the area feels tomorrow."
              : "There is no connection right now. The session is kept on this device and will be sent to your diary when you are back online."}
          </p>
          <Link className="button primary" to="/history">
            See your history
          </Link>
        </section>
      )}
    </>
  );
}
