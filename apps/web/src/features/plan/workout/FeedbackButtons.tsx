import type { Feedback } from "./workout-memory.ts";

const CHOICES: readonly { id: Feedback; label: string }[] = [
  { id: "better", label: "Better" },
  { id: "same", label: "About the same" },
  { id: "worse", label: "Worse" },
];

/** Better, about the same or worse, as one group of toggle buttons. */
export function FeedbackButtons({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Feedback | undefined;
  onChange: (f: Feedback) => void;
}) {
  return (
    <div className="feedback-buttons" role="group" aria-label={label}>
      {CHOICES.map((c) => (
        <button key={c.id} type="button" aria-pressed={value === c.id} onClick={() => onChange(c.id)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
