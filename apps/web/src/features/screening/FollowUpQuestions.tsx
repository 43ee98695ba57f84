import type { FlagId } from "@unknot/core/vocabulary";
import type { FollowUpQuestion } from "@unknot/core/safety";

interface FollowUpQuestionsProps {
  questions: readonly FollowUpQuestion[];
  /** The flags answered yes so far. */
  flags: readonly FlagId[];
  /** The follow-ups answered either way. */
  answered: ReadonlySet<FlagId>;
  onAnswer: (flag: FlagId, yes: boolean) => void;
}

/**
 * The screening questions a chosen symptom implies (weakness → is it getting worse?), asked right under the
 * chips with a yes or a no each, so a symptom is never taken at face value. Each must be answered.
 */
export function FollowUpQuestions({ questions, flags, answered, onAnswer }: FollowUpQuestionsProps) {
  if (questions.length === 0) return null;
  return (
    <div className="follow-ups">
      <h3>About what you chose</h3>
      <p className="hint">Numbness and weakness can need a doctor quickly, so please answer each of these.</p>
      {questions.map((q) => (
        <fieldset key={q.flag} className="follow-up">
          <legend>{q.question}</legend>
          <label>
            <input
              type="radio"
              name={`follow-up-${q.flag}`}
              required
              checked={flags.includes(q.flag)}
              onChange={() => onAnswer(q.flag, true)}
            />
            Yes
          </label>
          <label>
            <input
              type="radio"
              name={`follow-up-${q.flag}`}
              required
              checked={answered.has(q.flag) && !flags.includes(q.flag)}
              onChange={() => onAnswer(q.flag, false)}
            />
            No
          </label>
        </fieldset>
      ))}
    </div>
  );
}
