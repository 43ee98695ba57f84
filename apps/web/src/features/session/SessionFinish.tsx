import { useState, type FormEvent } from "react";
import type { EasedStep } from "@unknot/core/planner";
import type { RoutineInput, SessionInput } from "@unknot/core/diary";
import type { PainMark } from "../../shared/find-query.ts";
import { MaxPainField } from "../../shared/ui/MaxPainField.tsx";
import { PainRatings } from "../../shared/ui/PainRatings.tsx";
import { workedPoints } from "../../shared/words/worked-points.ts";
import { SaveFooter } from "../../shared/form/SaveFooter.tsx";

interface SessionFinishProps {
  routine: RoutineInput;
  completed: ReadonlySet<number>;
  /** The steps the person eased off: recorded with the dose they came to. */
  eased: readonly EasedStep[];
  before: readonly PainMark[];
  startedAt: string;
  saving: boolean;
  error: string | undefined;
  onSave: (session: SessionInput) => void;
}

/** After the session: pain again, the strongest pressure felt, a note, and saving to the diary. */
export function SessionFinish({ routine, completed, eased, before, startedAt, saving, error, onSave }: SessionFinishProps) {
  const [after, setAfter] = useState<PainMark[]>(() => before.map((mark) => ({ ...mark })));
  const [maxPain, setMaxPain] = useState(Math.min(routine.painCeiling, 5));
  const [notes, setNotes] = useState("");
  const points = workedPoints(routine, completed, maxPain, eased);
  const easedPoints = points.filter((p) => p.notes).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      startedAt,
      points,
      painBefore: before.map((m) => ({ region: m.region, intensity: m.intensity })),
      painAfter: after.map((m) => ({ region: m.region, intensity: m.intensity })),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="after-heading">
      <h2 id="after-heading">How is it now?</h2>
      <p className="hint">
        Rate each area again. {points.length} point{points.length === 1 ? " was" : "s were"} worked to the end.
        {easedPoints > 0 && ` You eased off on ${easedPoints === 1 ? "one of them" : `${easedPoints} of them`}; the diary notes it.`}
      </p>
      <PainRatings ratings={after} onChange={setAfter} />
      {points.length > 0 && <MaxPainField value={maxPain} ceiling={routine.painCeiling} onChange={setMaxPain} />}
      <label className="field">
        Notes (optional)
        <textarea rows={3} value={notes} maxLength={20000} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <SaveFooter label="Save to my diary" saving={saving} error={error} wide />
    </form>
  );
}
