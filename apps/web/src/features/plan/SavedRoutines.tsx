import { useState } from "react";
import { stepSeconds } from "@unknot/core/planner";
import { type StoredRoutine } from "@unknot/core/diary";
import { navigate } from "../../router/router.ts";
import { formatDay } from "../../shared/format/period.ts";
import { handOffRoutine, routinePoints } from "../../shared/handoff.ts";
import { RoutineView } from "./RoutineView.tsx";
import { useSavedRoutines } from "./useSavedRoutines.ts";

/** A saved routine in the shape `RoutineView` shows; nothing was left out of it when it was saved. */
function asBuilt(routine: StoredRoutine) {
  const seconds = routine.steps.reduce((sum, step) => sum + stepSeconds(step), 0);
  return { routine, dropped: [], minutes: seconds / 60 };
}

function pointCount(routine: StoredRoutine): string {
  const count = routinePoints(routine).length;
  return `${count} point${count === 1 ? "" : "s"}`;
}

/** "Your saved routines": each can be opened to read its steps again, or started as a guided session. */
export function SavedRoutines() {
  const { routines, error } = useSavedRoutines();
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const start = (routine: StoredRoutine) => navigate(handOffRoutine(routine));
  return (
    <section className="card saved-routines" aria-labelledby="saved-routines-heading">
      <h2 id="saved-routines-heading">Your saved routines</h2>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {routines?.length === 0 && <p className="hint">No saved routines yet. Build one below and press “Save routine” to keep it here.</p>}
      <ul className="saved-routine-list">
        {routines?.map((routine) => {
          const open = openId === routine.id;
          return (
            <li key={routine.id} className="saved-routine">
              <div className="saved-routine-summary">
                <h3>{routine.name}</h3>
                <p className="hint">
                  Saved {formatDay(routine.localDate)} · {pointCount(routine)}
                </p>
              </div>
              <div className="saved-routine-actions">
                <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpenId(open ? undefined : routine.id)}>
                  {open ? "Close" : "Open"}
                  <span className="visually-hidden"> {routine.name}</span>
                </button>
                <button type="button" className="primary" onClick={() => start(routine)}>
                  Start<span className="visually-hidden"> {routine.name}</span>
                </button>
              </div>
              {open && <RoutineView built={asBuilt(routine)} headingId={`saved-routine-${routine.id}`} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
