import type { NextPressTest } from "@unknot/core/finder";
import type { PressAnswer } from "../../shared/find-query.ts";
import { PressTestPrompt } from "./PressTestPrompt.tsx";

interface NextTestCardProps {
  next: NextPressTest;
  onAnswer: (answer: PressAnswer | undefined) => void;
}

/** What to press next, and why: the leader when it is well ahead, otherwise the test that tells the leaders apart best. */
export function NextTestCard({ next, onAnswer }: NextTestCardProps) {
  return (
    <section className="card next-test" aria-labelledby="next-test-heading">
      <h2 id="next-test-heading" tabIndex={-1}>
        {next.reason === "well-ahead" ? "Test this first" : "Press next"}: {next.name}
      </h2>
      <p>{next.why}</p>
      <PressTestPrompt name={next.name} find={next.find} press={next.press} answer={undefined} onAnswer={onAnswer} level={3} />
    </section>
  );
}
