import { useState } from "react";
import type { Preferences } from "@unknot/core/planner";
import { Link } from "../../router/Link.tsx";
import { MyProgrammes } from "../clinic/MyProgrammes.tsx";
import { StartingPointPrompt } from "../outcomes/StartingPointPrompt.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref, useSearch } from "../../router/search.ts";
import { handOffRoutine } from "../../shared/handoff.ts";
import { PLAN_SEARCH } from "../../shared/point-query.ts";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";
import { loadPrefs, savePrefs } from "./plan-prefs.ts";
import { PointPicker } from "./PointPicker.tsx";
import { PrefsForm } from "./PrefsForm.tsx";
import { RoutineView } from "./RoutineView.tsx";
import { SavedRoutines } from "./SavedRoutines.tsx";
import { usePlanRoutine } from "./usePlanRoutine.ts";
import "./plan.css";

/** Links to the other planning pages. */
export function PlanLinks() {
  return (
    <nav className="plan-links" aria-label="Planning">
      <Link className="button secondary" to="/plan/workout">
        Before or after training
      </Link>
      <Link className="button secondary" to="/plan/factors">
        What may keep the pain going
      </Link>
      <Link className="button secondary" to="/plan/reminders">
        Reminders
      </Link>
    </nav>
  );
}

/** `/plan?points=a,b`: choose points and preferences, build a routine adapted to the diary, then start, save or print it. */
export function PlanPage() {
  const fromAddress = useSearch(PLAN_SEARCH);
  const { points } = fromAddress.value;
  const [prefs, setPrefsState] = useState<Preferences>(loadPrefs);
  const routine = usePlanRoutine();
  const setPoints = (next: string[]) => navigate(searchHref(PLAN_SEARCH, { points: next }), { replace: true });
  const setPrefs = (next: Preferences) => {
    setPrefsState(next);
    savePrefs(next);
  };
  const stale = routine.isStale(points, prefs);
  const planned = routine.planned;
  return (
    <div className="plan-page">
      <div className="plan-controls">
        <h1>Plan a routine</h1>
        <p className="hint">
          Choose the trigger points to work and how you like to work. The routine keeps to your pain ceiling and time, and uses your diary
          to taper points that have settled and hold back ones that are not helping.
        </p>
        <PlanLinks />
        <MyProgrammes />
        <SavedRoutines />
        <LinkNotes problems={fromAddress.problems} />
        <PointPicker points={points} onChange={setPoints} />
        <PrefsForm prefs={prefs} onChange={setPrefs} />
        {routine.error && (
          <p className="notice" role="alert">
            {routine.error}
          </p>
        )}
        {stale && <p className="notice">You changed the points or preferences since this routine was built.</p>}
        <button
          type="button"
          className="primary wide"
          disabled={points.length === 0 || routine.busy}
          onClick={() => routine.build(points, prefs)}
        >
          {routine.busy ? "Building…" : routine.planned ? "Build it again" : "Build my routine"}
        </button>
      </div>
      {planned && (
        <div className="plan-result">
          <p className="print-only print-heading">
            Unknot routine · not a diagnosis: stop and see a clinician if pain is severe, spreading or not improving.
          </p>
          <StartingPointPrompt />
          <RoutineView
            built={planned}
            adaptations={planned.adaptations}
            actions={
              <>
                <button type="button" className="primary" onClick={() => navigate(handOffRoutine(planned.routine))}>
                  Start this routine
                </button>
                <button type="button" onClick={routine.save} disabled={routine.saved}>
                  {routine.saved ? "Saved" : "Save routine"}
                </button>
                <button type="button" className="secondary" onClick={() => window.print()}>
                  Print one-page plan
                </button>
              </>
            }
          />
          {routine.saved && (
            <p className="saved-note" role="status">
              Saved to your diary. <Link to="/plan/reminders">Set reminders</Link> to keep it up.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
