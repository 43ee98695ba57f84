import { useContext } from "react";
import type { PressAnswer } from "../../shared/find-query.ts";
import { StopRuleContext } from "./stop-rule.tsx";

interface PressTestPromptProps {
  name: string;
  find: string;
  press: string;
  answer: PressAnswer | undefined;
  onAnswer: (answer: PressAnswer | undefined) => void;
  /** The heading level that follows the surrounding section's heading. */
  level?: 3 | 4;
}

const ANSWERS: readonly { answer: PressAnswer; label: string }[] = [
  { answer: "reproduces", label: "Yes, my familiar pain" },
  { answer: "tender", label: "Tender only" },
  { answer: "nothing", label: "Nothing" },
];

/** What each answer means for the point, in the same direction as the ranking moves it. */
const MEANING: Record<PressAnswer, string> = {
  reproduces: "Your familiar pain: this point is much more likely to be a source.",
  tender: "Tender only: probably not the cause. Tenderness is common in muscles that are not the source, so it moves down a little.",
  nothing: "Nothing: less likely to be the source.",
};

/**
 * The press test: the verdict's stop rule when it has one, how to find the point, how to press it, the three
 * possible answers (tap again to undo), and what the chosen answer means.
 */
export function PressTestPrompt({ name, find, press, answer, onAnswer, level = 4 }: PressTestPromptProps) {
  const Heading = level === 3 ? "h3" : "h4";
  const stopRule = useContext(StopRuleContext);
  return (
    <div className="press-test">
      <Heading className="press-heading">Test it: press for 10 seconds</Heading>
      {stopRule && <p className="stop-rule">{stopRule}</p>}
      <details>
        <summary>How to find it</summary>
        <p>{find}</p>
      </details>
      <p>{press}</p>
      <p className="question-line">Did pressing {name.toLowerCase()} bring on your familiar pain?</p>
      <div className="answer-buttons" role="group" aria-label={`Press test answer for ${name}`}>
        {ANSWERS.map((choice) => (
          <button
            key={choice.answer}
            type="button"
            aria-pressed={answer === choice.answer}
            onClick={() => onAnswer(answer === choice.answer ? undefined : choice.answer)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {answer && <p className="answer-meaning">{MEANING[answer]}</p>}
    </div>
  );
}
