import { useEffect, useMemo, useState } from "react";
import { buildRoutine, stepSeconds, type BuiltRoutine, type EasedStep } from "@unknot/core/planner";
import { findTriggerPoint } from "@unknot/core/atlas";
import { type RoutineInput, type SessionInput } from "@unknot/core/diary";
import { messageOf } from "../../api/index.ts";
import { takeHandedOffRoutine, takeHandedOffRoutineId } from "../../shared/handoff.ts";
import { Link } from "../../router/Link.tsx";
import { useLocation } from "../../router/router.ts";
import type { PainMark } from "../../shared/find-query.ts";
import { isoWithOffset } from "../../shared/format/local-time.ts";
import { PainRatings } from "../../shared/ui/PainRatings.tsx";
import { DEFAULT_PREFS, PlanForm, type SessionPrefs } from "./PlanForm.tsx";
import { RoutinePreview } from "./RoutinePreview.tsx";
import { SessionFinish } from "./SessionFinish.tsx";
import { SessionRun } from "./SessionRun.tsx";
import { ratingAreas } from "./default-ratings.ts";
import { forgetSessionInProgress, keepRunProgress, keepSessionInProgress, resumeSessionInProgress } from "./resume.ts";
import { readSessionQuery } from "../../shared/session-query.ts";
import { useDiarySave } from "../../shared/useDiarySave.ts";

type Phase = "plan" | "before" | "run" | "after" | "saved" | "queued";

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
  const chosen = useMemo(() => readSessionQuery(query), [query]);
  // A session under way in this tab before a reload carries on where it was.
  const [resumed] = useState(() => resumeSessionInProgress(query.toString()));
  const [handedOff, setHandedOff] = useState(() => resumed?.routine ?? takeHandedOffRoutine(chosen.points.map((p) => p.triggerPoint)));
  // A clinician's programme run from the plan page: the saved session names it, so adherence counts it.
  const [routineId] = useState(() => (handedOff ? takeHandedOffRoutineId() : undefined));
  const [prefs, setPrefsState] = useState(DEFAULT_PREFS);
  const setPrefs = (next: SessionPrefs) => {
    // Changing the preferences here means the person wants the routine rebuilt for them.
    setHandedOff(undefined);
    setPrefsState(next);
  };
  const [phase, setPhase] = useState<Phase>(resumed?.phase ?? "plan");
  const [before, setBefore] = useState<PainMark[]>(() => resumed?.before ?? ratingAreas(chosen.points, chosen.pain));
  const [startedAt, setStartedAt] = useState(resumed?.startedAt ?? "");
  const [completed, setCompleted] = useState<ReadonlySet<number>>(new Set(resumed?.completed));
  const [eased, setEased] = useState<EasedStep[]>(resumed?.eased ?? []);
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
        {chosen.problems.map((p) => (
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
    if (outcome !== "failed") setPhase(outcome);
  };
  const names = chosen.points.map((p) => findTriggerPoint(p.triggerPoint)?.point.name ?? p.triggerPoint);
  return (
    <>
      <h1>Guided session</h1>
      <p className="hint">For: {names.join(", ")}</p>
      {phase === "plan" && (
        <>
          {handedOff && <p className="hint">Following the routine you planned. Change the settings below to rebuild it here instead.</p>}
          <PlanForm prefs={prefs} onChange={setPrefs} />
          {"built" in planned ? <RoutinePreview built={planned.built} /> : <p className="notice">{planned.error}</p>}
          <button type="button" className="primary wide" disabled={!("built" in planned)} onClick={() => setPhase("before")}>
            Next: rate your pain before you start
          </button>
        </>
      )}
      {phase === "before" && (
        <section className="card" aria-labelledby="before-heading">
          <h2 id="before-heading">How much does it hurt right now?</h2>
          <p className="hint">Rating before and after shows you, over the weeks, what helps.</p>
          <PainRatings ratings={before} onChange={setBefore} />
          <button
            type="button"
            className="primary wide"
            onClick={() => {
              setStartedAt(isoWithOffset(new Date()));
              setPhase("run");
            }}
          >
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
            setCompleted(new Set(done));
            setEased(lighter);
            setPhase("after");
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
