import type { FindResult } from "@unknot/core/finder";
import type { PressAnswer } from "../../shared/find-query.ts";

/** The press-test answer the person gave last, to confirm back to them. */
export interface AnswerNote {
  name: string;
  answer: PressAnswer | undefined;
}

const BROUGHT_ON: Record<PressAnswer, string> = {
  reproduces: "your familiar pain",
  tender: "tenderness only",
  nothing: "nothing",
};

function confirmationText(note: AnswerNote, result: FindResult): string {
  if (!note.answer) return `Answer cleared for ${note.name}.`;
  const then = result.nextPressTest
    ? ` Next, press ${result.nextPressTest.name}.`
    : result.confidence?.found
      ? " You have found a likely source."
      : "";
  return `Noted: pressing ${note.name} brought on ${BROUGHT_ON[note.answer]}.${then}`;
}

/**
 * Says back, politely to screen readers too, which answer was noted and what to do next. Always rendered (empty at
 * first), so assistive technology already knows the live region when the first answer arrives.
 */
export function AnswerConfirmation({ note, result }: { note: AnswerNote | undefined; result: FindResult }) {
  return (
    <p id="answer-confirmation" role="status" className="answer-confirmation" tabIndex={-1}>
      {note ? confirmationText(note, result) : ""}
    </p>
  );
}
