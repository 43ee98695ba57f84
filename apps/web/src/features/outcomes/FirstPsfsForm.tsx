import { useState, type FormEvent } from "react";
import { MAX_ACTIVITY_LENGTH, PSFS_ACTIVITIES, type PsfsItem } from "@unknot/core/diary";
import { emptyRows, firstPsfsProblem, toItems, type ActivityRow } from "./check-in-form.ts";
import { ScorePicker } from "./ScorePicker.tsx";
import { SaveFooter } from "../../shared/form/SaveFooter.tsx";

interface FirstPsfsFormProps {
  saving: boolean;
  error: string | undefined;
  onSave: (items: PsfsItem[]) => void;
}

export const PSFS_LOW = "cannot do it at all";
export const PSFS_HIGH = "as well as before the pain";

/** The first Patient-Specific Functional Scale: the person names three to five activities pain makes hard and rates each. */
export function FirstPsfsForm({ saving, error, onSave }: FirstPsfsFormProps) {
  const [rows, setRows] = useState<ActivityRow[]>(emptyRows);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const update = (index: number, change: Partial<ActivityRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = firstPsfsProblem(rows);
    setProblem(found);
    if (!found) onSave(toItems(rows));
  };
  return (
    <form className="card check-in-form" onSubmit={submit} aria-labelledby="first-psfs-heading" noValidate>
      <h2 id="first-psfs-heading">What does pain make hard?</h2>
      <p>
        Name {PSFS_ACTIVITIES.min} to {PSFS_ACTIVITIES.max} everyday things you find hard or cannot do because of the pain, in your own
        words: for example &ldquo;turning my head to reverse the car&rdquo; or &ldquo;sleeping on my left side&rdquo;. Then rate how well
        you can do each one today. Each week you rate the same activities again.
      </p>
      <ol className="activity-rows">
        {rows.map((row, index) => (
          <li key={index} className="activity-row">
            <label className="field">
              Activity {index + 1}
              <input
                type="text"
                value={row.activity}
                maxLength={MAX_ACTIVITY_LENGTH}
                autoComplete="off"
                onChange={(event) => update(index, { activity: event.target.value })}
              />
            </label>
            <ScorePicker
              name={`psfs-${index}`}
              legend={
                row.activity.trim()
                  ? `How well can you do “${row.activity.trim()}” today?`
                  : `How well can you do activity ${index + 1} today?`
              }
              value={row.score}
              onChange={(score) => update(index, { score })}
              low={PSFS_LOW}
              high={PSFS_HIGH}
            />
            {rows.length > PSFS_ACTIVITIES.min && (
              <button type="button" className="link-button" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                Remove activity {index + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {rows.length < PSFS_ACTIVITIES.max && (
        <button type="button" className="secondary" onClick={() => setRows([...rows, { activity: "", score: undefined }])}>
          Add an activity
        </button>
      )}
      <SaveFooter label="Save my starting point" saving={saving} error={problem ?? error} wide />
    </form>
  );
}
