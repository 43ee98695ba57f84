import { SYMPTOMS, type SymptomId } from "@unknot/core/vocabulary";

interface SymptomChipsProps {
  chosen: readonly SymptomId[];
  onToggle: (id: SymptomId) => void;
}

/** Symptoms besides pain, as toggle chips. */
export function SymptomChips({ chosen, onToggle }: SymptomChipsProps) {
  return (
    <ul className="chips">
      {SYMPTOMS.map((symptom) => (
        <li key={symptom.id}>
          <button type="button" className="chip" aria-pressed={chosen.includes(symptom.id)} onClick={() => onToggle(symptom.id)}>
            {symptom.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
