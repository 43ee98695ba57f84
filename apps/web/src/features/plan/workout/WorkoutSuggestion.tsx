import type { WorkoutRoutine } from "@unknot/core/planner";
import { RoutineView } from "../RoutineView.tsx";
import type { WorkoutMemory } from "./workout-memory.ts";

interface WorkoutSuggestionProps {
  built: WorkoutRoutine;
  /** True when the last routine's ratings shaped this one. */
  adjusted: boolean;
  memory: WorkoutMemory | undefined;
  onStart: () => void;
}

function compare(built: WorkoutRoutine, memory: WorkoutMemory): string | undefined {
  if (memory.activity !== built.activity || memory.phase !== built.phase || memory.steps === 0) return undefined;
  const now = `${built.routine.steps.length} steps, about ${Math.ceil(built.minutes)} min`;
  const then = `${memory.steps} steps, about ${Math.ceil(memory.minutes)} min`;
  if (now === then) return `The same length as last time: ${now}.`;
  return `Last time: ${then}. This time: ${now}.`;
}

/** The suggested routine, what the last ratings changed, and the button that runs it here. */
export function WorkoutSuggestion({ built, adjusted, memory, onStart }: WorkoutSuggestionProps) {
  const notes = (built.routine.notes ?? "").split("\n").filter(Boolean);
  const change = memory ? compare(built, memory) : undefined;
  return (
    <>
      {adjusted && notes[0] && (
        <div className="adjusted" role="status">
          <h2>Adjusted for how the last one went</h2>
          <p>{notes[0]}</p>
          {change && <p className="hint">{change}</p>}
        </div>
      )}
      <RoutineView
        built={built}
        actions={
          <button type="button" className="primary" onClick={onStart}>
            Start this routine
          </button>
        }
      />
    </>
  );
}
