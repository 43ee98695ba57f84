import { describe, expect, it } from "vitest";
import { easeOffCount, easedPainLimit, easedSteps, lighterWork } from "./ease-off.ts";
import { createSessionTimer, remainingSeconds, timerView } from "./timer.ts";
import { at, run, startedTimer } from "./test-timer.ts";

// Default 5 s countdown: step 0 holds 5–35 s, step 1 (10 strokes × 4 s) works 40–80 s.
const STEPS = [{ dose: { kind: "hold", seconds: 30 } }, { dose: { kind: "strokes", count: 10 } }] as const;
const started = () => startedTimer(STEPS);

describe("easing off during a step", () => {
  it("halves what is left of a hold, shortens the session by as much and notes the press", () => {
    const before = started();
    const eased = run(before, { type: "tick", now: at(11) }, { type: "ease-off", now: at(15) });
    expect(remainingSeconds(eased, at(15))).toBe(10);
    expect(eased.totalMs).toBe(before.totalMs - 10_000);
    expect(easeOffCount(eased, 0)).toBe(1);
    expect(easedSteps(eased)).toEqual([{ stepIndex: 0, presses: 1, dose: { kind: "hold", seconds: 20 } }]);
    // The step still ends with its own alert, ten seconds later.
    expect(run(eased, { type: "tick", now: at(25) }).alerts).toEqual([{ kind: "step-ended", stepIndex: 0 }]);
  });

  it("lets the stroke under way finish and drops half the strokes after it", () => {
    const eased = run(started(), { type: "tick", now: at(41) }, { type: "ease-off", now: at(45) });
    // Stroke 2 of 10 was under way: 8 were left after it, 4 remain.
    expect(timerView(eased, at(45)).stroke).toEqual({ current: 2, count: 6 });
    expect(easedSteps(eased)).toEqual([{ stepIndex: 1, presses: 1, dose: { kind: "strokes", count: 6 } }]);
  });

  it("works while paused and keeps the paused time exact", () => {
    const paused = run(started(), { type: "tick", now: at(10) }, { type: "pause", now: at(15) });
    const eased = run(paused, { type: "ease-off", now: at(99) });
    expect(eased.status).toBe("paused");
    expect(timerView(eased, at(500)).remainingMs).toBe(10_000);
  });

  it("never leaves less than five seconds of a hold, but still counts a press near the end", () => {
    const late = run(started(), { type: "tick", now: at(31) }, { type: "ease-off", now: at(31) });
    expect(remainingSeconds(late, at(31))).toBe(4);
    expect(easeOffCount(late, 0)).toBe(1);
    const twice = run(started(), { type: "tick", now: at(20) }, { type: "ease-off", now: at(20) }, { type: "ease-off", now: at(21) });
    expect(remainingSeconds(twice, at(21))).toBe(5);
    expect(easeOffCount(twice, 0)).toBe(2);
  });

  it("does nothing before the session starts or in the countdown before a step", () => {
    const idle = createSessionTimer(STEPS);
    expect(run(idle, { type: "ease-off", now: at(1) })).toEqual(idle);
    const ready = run(started(), { type: "ease-off", now: at(2) });
    expect(ready.easedOff ?? []).toEqual([]);
    expect(ready.totalMs).toBe(started().totalMs);
  });

  it("lowers the pain limit by two a press, never below 1", () => {
    expect([0, 1, 2, 3].map((presses) => easedPainLimit(5, presses))).toEqual([5, 3, 1, 1]);
  });

  it("shortens the work itself as a pure rule", () => {
    expect(lighterWork({ workMs: 60_000, strokes: null }, 20_000, 4000)).toEqual({ workMs: 40_000, strokes: null });
    expect(lighterWork({ workMs: 40_000, strokes: 10 }, 39_000, 4000)).toBeUndefined();
  });
});
