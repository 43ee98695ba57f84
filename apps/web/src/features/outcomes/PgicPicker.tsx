import { PGIC_LABELS, type PgicScore } from "@unknot/core/diary";

const SCORES = Object.keys(PGIC_LABELS).map(Number) as PgicScore[];

/** The Patient Global Impression of Change: seven answers from very much worse to very much improved, one tap. */
export function PgicPicker({ value, onChange }: { value: number | undefined; onChange: (score: PgicScore) => void }) {
  return (
    <fieldset className="pgic-picker">
      <legend>Since you started, how has your pain problem changed overall?</legend>
      <p className="hint">Think of everything together: the pain, what you can do, how you feel about it.</p>
      <div className="pgic-options">
        {SCORES.map((score) => (
          <label key={score} className="question">
            <input type="radio" name="pgic" value={score} checked={value === score} onChange={() => onChange(score)} />
            <span>{PGIC_LABELS[score]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
