import { joinSentences, stepTechnique } from "@unknot/core/planner";
import { type RoutineInput } from "@unknot/core/diary";
import type { StepPrompts } from "./spoken-prompts.ts";
import { stepDose, stepTitle } from "../../shared/words/step-words.ts";

/** What is said for a routine's step: where to be as it begins, then how to work and for how long. */
export function stepPrompts(routine: RoutineInput, stepIndex: number, easedPresses = 0): StepPrompts {
  const step = routine.steps[stepIndex];
  if (!step) return { intro: "", start: "" };
  const heading = `Step ${stepIndex + 1} of ${routine.steps.length}: ${stepTitle(step)}`;
  const technique = stepTechnique(step, routine.painCeiling, easedPresses);
  if (!technique) return { intro: joinSentences(heading, step.instructions), start: joinSentences("Start now", stepDose(step)) };
  const text = (kind: string) => technique.steps.find((s) => s.kind === kind)?.text ?? "";
  return {
    intro: joinSentences(heading, `Get into position: ${text("position")}`),
    start: joinSentences("Start now", text("work"), text("dose"), `Keep the pain at or below ${technique.painLimit} out of 10`),
  };
}
