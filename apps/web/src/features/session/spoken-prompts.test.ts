import { describe, expect, it } from "vitest";
import { promptsBetween, type PromptMoment } from "./spoken-prompts.ts";

const words = (i: number) => ({ intro: `Step ${i + 1}.`, start: `Start ${i + 1}.` });
const at = (moment: Partial<PromptMoment>): PromptMoment => ({
  status: "running",
  stepIndex: 0,
  phase: "work",
  secondsLeft: 30,
  workSeconds: 30,
  ...moment,
});
const said = (before: PromptMoment | undefined, now: PromptMoment) => promptsBetween(before, now, words).map((p) => p.text);

describe("spoken prompts", () => {
  it("introduces a step as it begins, interrupting anything stale, and says start when the work starts", () => {
    const ready = at({ phase: "get-ready", secondsLeft: 5 });
    expect(promptsBetween(at({ status: "idle", phase: "get-ready" }), ready, words)).toEqual([{ text: "Step 1.", interrupt: true }]);
    expect(said(ready, at({ phase: "get-ready", secondsLeft: 4 }))).toEqual([]);
    expect(said(ready, at({ secondsLeft: 30 }))).toEqual(["Start 1."]);
  });

  it("says release as a step's work ends, then the next step", () => {
    expect(said(at({ secondsLeft: 1 }), at({ stepIndex: 1, phase: "get-ready", secondsLeft: 5 }))).toEqual(["Release.", "Step 2."]);
    expect(said(at({ phase: "get-ready" }), at({ stepIndex: 1, phase: "get-ready" }))).toEqual(["Step 2."]);
  });

  it("marks halfway and ten seconds left once each, only for steps long enough to need them", () => {
    expect(said(at({ secondsLeft: 16 }), at({ secondsLeft: 15 }))).toEqual(["Halfway."]);
    expect(said(at({ secondsLeft: 15 }), at({ secondsLeft: 14 }))).toEqual([]);
    expect(said(at({ secondsLeft: 11 }), at({ secondsLeft: 10 }))).toEqual(["10 seconds left."]);
    expect(said(at({ secondsLeft: 11, workSeconds: 20 }), at({ secondsLeft: 10, workSeconds: 20 }))).toEqual(["Halfway."]);
    expect(said(at({ secondsLeft: 8, workSeconds: 15 }), at({ secondsLeft: 7, workSeconds: 15 }))).toEqual([]);
  });

  it("stays quiet while paused, on resuming, and when easing off shortens the step past a milestone", () => {
    expect(said(at({ secondsLeft: 16 }), at({ status: "paused", secondsLeft: 15 }))).toEqual([]);
    expect(said(at({ status: "paused", secondsLeft: 16 }), at({ secondsLeft: 16 }))).toEqual([]);
    expect(said(at({ secondsLeft: 20 }), at({ secondsLeft: 10, workSeconds: 20 }))).toEqual([]);
  });

  it("says the session is over once", () => {
    expect(said(at({ secondsLeft: 1 }), at({ status: "done", phase: "done" }))).toHaveLength(1);
    expect(said(at({ status: "done", phase: "done" }), at({ status: "done", phase: "done" }))).toEqual([]);
  });
});
