import { useState } from "react";
import type { RoutineInput, SessionInput } from "@unknot/core/diary";
import { MaxPainField } from "../../../shared/ui/MaxPainField.tsx";
import { workedPoints } from "../../../shared/words/worked-points.ts";
import { FeedbackButtons } from "./FeedbackButtons.tsx";
import type { Feedback } from "./workout-memory.ts";

interface WorkoutFinishProps {
  routine: RoutineInput;
  /** Indexes of the steps that ran to their end. */
  completed: ReadonlySet<number>;
  /** How the muscles feel now, and the points worked in full (perhaps none) with the strongest pressure-pain felt. */
  onRate: (feedback: Feedback, points: SessionInput["points"]) => void;
}

/** After a workout routine: the strongest pressure-pain felt (when points were worked), then how the muscles feel now. */
export function WorkoutFinish({ routine, completed, onRate }: WorkoutFinishProps) {
  const [maxPain, setMaxPain] = useState(Math.min(routine.painCeiling, 5));
  const points = workedPoints(routine, completed, maxPain);
  return (
    <section className="card" aria-labelledby="rate-heading">
      <h2 id="rate-heading">How do the muscles feel now?</h2>
      <p className="hint">
        Compared with before the routine. Your answer shapes the next suggestion: lighter and shorter if it left you worse.
        {points.length > 0
          ? " The routine goes into your diary with the points you worked to the end."
          : " The routine goes into your diary with it; no point was worked to its end, so none is listed."}
      </p>
      {points.length > 0 && <MaxPainField value={maxPain} ceiling={routine.painCeiling} onChange={setMaxPain} />}
      <FeedbackButtons label="Compared with before the routine" value={undefined} onChange={(feedback) => onRate(feedback, points)} />
    </section>
  );
}
