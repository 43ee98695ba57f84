import type { NextPressTest } from "@unknot/core";
import type { PressAnswer } from "../find/find-query.ts";
import { PressTestPrompt } from "./PressTestPrompt.tsx";

interface NextTestCardProps {
  next: NextPressTest;
  onAnswer: (answer: PressAnswer | undefined) => void;
}

/** The press test that would tell the leading candidates apart best. */
export function NextTestCard({ next, onAnswer }: NextTestCardProps) {
  return (
    <section className="card next-test" aria-labelledby="next-test-heading">
      <h2 id="next-test-heading">Test this next: {next.name}</h2>
      <p>{next.why}</p>
      <PressTestPrompt name={next.name} find={next.find} press={next.press} answer={undefined} onAnswer={onAnswer} level={3} />
    </section>
  );
}
