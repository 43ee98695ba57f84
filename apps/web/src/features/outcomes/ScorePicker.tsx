import type { ReactNode } from "react";

interface ScorePickerProps {
  /** Names the radio group; unique on the page. */
  name: string;
  legend: ReactNode;
  value: number | undefined;
  onChange: (score: number) => void;
  /** What 0 and 10 mean. */
  low: string;
  high: string;
  hint?: string | undefined;
}

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/** A 0–10 score as one tap: eleven radio buttons drawn as keys, with what the ends mean. */
export function ScorePicker({ name, legend, value, onChange, low, high, hint }: ScorePickerProps) {
  return (
    <fieldset className="score-picker">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="score-options">
        {SCORES.map((score) => (
          <label key={score} className="score-option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span aria-hidden="true">{score}</span>
            <span className="visually-hidden">
              {score}
              {score === 0 ? `, ${low}` : score === 10 ? `, ${high}` : ""}
            </span>
          </label>
        ))}
      </div>
      <p className="score-ends" aria-hidden="true">
        <span>0: {low}</span>
        <span>10: {high}</span>
      </p>
    </fieldset>
  );
}
