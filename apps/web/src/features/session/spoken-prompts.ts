import type { TimerPhase, TimerStatus } from "@unknot/core/planner";

/** What the spoken prompts need to know of the session at one moment. */
export interface PromptMoment {
  status: TimerStatus;
  stepIndex: number;
  phase: TimerPhase;
  /** Whole seconds left in the current phase. */
  secondsLeft: number;
  /** The current step's work time in seconds (it shrinks when the person eases off). */
  workSeconds: number;
}

/** What is said as a step begins (`intro`, during the countdown) and as its work starts. */
export interface StepPrompts {
  intro: string;
  start: string;
}

/** One thing to say; `interrupt` drops anything still queued from before. */
export interface Prompt {
  text: string;
  interrupt: boolean;
}

const HALFWAY_FROM_SECONDS = 20;
const TEN_LEFT_FROM_SECONDS = 21;

/**
 * What to say between two moments of a session: the step as it begins, "start now" as its work
 * starts, then "halfway" and "10 seconds left", "release" when a step ends and a word when the
 * session is over. Nothing while idle or paused, and nothing twice.
 */
export function promptsBetween(before: PromptMoment | undefined, now: PromptMoment, words: (stepIndex: number) => StepPrompts): Prompt[] {
  if (now.status === "done")
    return before && before.status !== "done"
      ? [{ text: "Release. The session is finished: rate your pain when you are ready.", interrupt: true }]
      : [];
  if (now.status !== "running") return [];
  if (!before || before.status === "idle" || before.stepIndex !== now.stepIndex) return newStep(before, now, words(now.stepIndex));
  if (before.phase === "get-ready" && now.phase === "work") return [{ text: words(now.stepIndex).start, interrupt: false }];
  if (before.phase !== "work" || now.phase !== "work" || before.workSeconds !== now.workSeconds) return [];
  return milestones(before.secondsLeft, now.secondsLeft, now.workSeconds).map((text) => ({ text, interrupt: false }));
}

function newStep(before: PromptMoment | undefined, now: PromptMoment, words: StepPrompts): Prompt[] {
  const texts = [
    ...(before?.status === "running" && before.phase === "work" ? ["Release."] : []),
    words.intro,
    ...(now.phase === "work" ? [words.start] : []),
  ];
  return texts.map((text, index) => ({ text, interrupt: index === 0 }));
}

function milestones(before: number, now: number, work: number): string[] {
  const crossed = (mark: number) => before > mark && now <= mark;
  const said: string[] = [];
  if (work >= HALFWAY_FROM_SECONDS && crossed(Math.floor(work / 2))) said.push("Halfway.");
  if (work >= TEN_LEFT_FROM_SECONDS && crossed(10)) said.push("10 seconds left.");
  return said;
}
