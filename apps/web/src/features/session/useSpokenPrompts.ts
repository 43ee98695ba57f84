import { useEffect, useRef } from "react";
import type { RoutineInput } from "@unknot/core/diary";
import type { TimerState, TimerView } from "@unknot/core/planner";
import { speak, stopSpeaking } from "./speech.ts";
import { promptsBetween, type PromptMoment } from "./spoken-prompts.ts";
import { stepPrompts } from "./step-prompts.ts";

/** Speaks the session's prompts while `on`: each step as it begins, the start of its work and the countdown milestones. */
export function useSpokenPrompts(on: boolean, routine: RoutineInput, state: TimerState, view: TimerView): void {
  const before = useRef<PromptMoment | undefined>(undefined);
  const step = state.steps[view.stepIndex];
  const moment: PromptMoment = {
    status: view.status,
    stepIndex: view.stepIndex,
    phase: view.phase,
    secondsLeft: Math.ceil(view.remainingMs / 1000),
    workSeconds: Math.round((step?.workMs ?? 0) / 1000),
  };
  const { status, stepIndex, phase, secondsLeft, workSeconds } = moment;
  useEffect(() => {
    const now = { status, stepIndex, phase, secondsLeft, workSeconds };
    // Turning prompts on mid-session starts from here rather than announcing what already happened.
    if (on && before.current)
      for (const prompt of promptsBetween(before.current, now, (i) => stepPrompts(routine, i))) speak(prompt.text, prompt.interrupt);
    before.current = now;
  }, [on, routine, status, stepIndex, phase, secondsLeft, workSeconds]);
  useEffect(() => () => stopSpeaking(), []);
}
