import { useState, type FormEvent } from "react";
import type { PgicScore, PsfsItem } from "@unknot/core/diary";
import type { PainMark } from "../../shared/find-query.ts";
import { PainRatings } from "../../shared/ui/PainRatings.tsx";
import { weeklyProblem } from "./check-in-form.ts";
import { PSFS_HIGH, PSFS_LOW } from "./FirstPsfsForm.tsx";
import { PgicPicker } from "./PgicPicker.tsx";
import { ScorePicker } from "./ScorePicker.tsx";
import { SaveFooter } from "../../shared/form/SaveFooter.tsx";

/** What a weekly check-in saves: the activities scored again, the overall change, and pain today where it was rated before. */
export interface WeeklyAnswers {
  items: PsfsItem[];
  pgic: PgicScore;
  pain: PainMark[];
}

interface WeeklyCheckInFormProps {
  /** The latest PSFS's activities and their scores then. */
  previous: readonly PsfsItem[];
  /** The areas last rated, with their last level, to rate again. */
  painAreas: readonly PainMark[];
  saving: boolean;
  error: string | undefined;
  onSave: (answers: WeeklyAnswers) => void;
}

/** The weekly check-in: one tap per activity, one for the overall change, and pain today. */
export function WeeklyCheckInForm({ previous, painAreas, saving, error, onSave }: WeeklyCheckInFormProps) {
  const [scores, setScores] = useState<(number | undefined)[]>(() => previous.map(() => undefined));
  const [pgic, setPgic] = useState<PgicScore | undefined>(undefined);
  const [pain, setPain] = useState<PainMark[]>(() => painAreas.map((mark) => ({ ...mark })));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const activities = previous.map((item) => item.activity);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = weeklyProblem(activities, scores, pgic);
    setProblem(found);
    if (found || pgic === undefined) return;
    onSave({ items: activities.map((activity, i) => ({ activity, score: scores[i] ?? 0 })), pgic, pain });
  };
  return (
    <form className="card check-in-form" onSubmit={submit} aria-labelledby="weekly-heading" noValidate>
      <h2 id="weekly-heading">This week</h2>
      <p className="hint">How well can you do each of your activities today?</p>
      {previous.map((item, index) => (
        <ScorePicker
          key={item.activity}
          name={`psfs-${index}`}
          legend={item.activity}
          hint={`Last time: ${item.score}`}
          value={scores[index]}
          onChange={(score) => setScores(scores.map((s, i) => (i === index ? score : s)))}
          low={PSFS_LOW}
          high={PSFS_HIGH}
        />
      ))}
      <PgicPicker value={pgic} onChange={setPgic} />
      {pain.length > 0 && (
        <fieldset className="pain-today">
          <legend>Pain today, 0 to 10</legend>
          <p className="hint">Set where you last rated it; move a slider if it has changed.</p>
          <PainRatings ratings={pain} onChange={setPain} />
        </fieldset>
      )}
      <SaveFooter label="Save this week's check-in" saving={saving} error={problem ?? error} wide />
    </form>
  );
}
