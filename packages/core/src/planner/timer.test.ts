import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRoutine } from "./build-routine.ts";
import { createSessionTimer, remainingSeconds, sessionProgress, timerReducer, timerView, type TimerEvent } from "./timer.ts";
import { at, run, startedTimer, T0 } from "./test-timer.ts";

// Timeline with the default 5 s countdown: step 0 works 5–35 s, step 1 (10 strokes × 4 s) 40–80 s, step 2 85–105 s.
const STEPS = [
  { dose: { kind: "hold", seconds: 30 } },
  { dose: { kind: "strokes", count: 10 } },
  { dose: { kind: "hold", seconds: 20 } },
] as const;
const started = () => startedTimer(STEPS);

describe("session timer", () => {
  it("starts idle with a get-ready countdown and knows the whole length", () => {
    const timer = createSessionTimer(STEPS);
    expect(timer).toMatchObject({ status: "idle", phase: "get-ready", stepIndex: 0, totalMs: 105_000 });
    expect(remainingSeconds(timer, at(100))).toBe(5);
    expect(sessionProgress(timer, at(100))).toBe(0);
  });

  it("counts down get-ready, then the hold, and announces each change", () => {
    let timer = started();
    expect(remainingSeconds(timer, at(2))).toBe(3);
    timer = run(timer, { type: "tick", now: at(5) });
    expect(timer).toMatchObject({ phase: "work", stepIndex: 0, alerts: [{ kind: "work-started", stepIndex: 0 }] });
    expect(remainingSeconds(timer, at(5.2))).toBe(30);
    timer = run(timer, { type: "tick", now: at(35) });
    expect(timer).toMatchObject({ phase: "get-ready", stepIndex: 1, alerts: [{ kind: "step-ended", stepIndex: 0 }] });
    timer = run(timer, { type: "tick", now: at(35.5) });
    expect(timer.alerts).toEqual([]);
  });

  it("paces strokes at 4 seconds each", () => {
    const timer = run(started(), { type: "tick", now: at(41) });
    expect(timerView(timer, at(41)).stroke).toEqual({ current: 1, count: 10 });
    expect(timerView(timer, at(52.5)).stroke).toEqual({ current: 4, count: 10 });
    expect(timerView(timer, at(79.9)).stroke).toEqual({ current: 10, count: 10 });
    expect(timerView(started(), at(20)).stroke).toBeNull();
  });

  it("keeps the remaining time exact across a pause in the middle of a step", () => {
    const timer = run(started(), { type: "tick", now: at(10) }, { type: "pause", now: at(12.345) });
    expect(timer.status).toBe("paused");
    const left = timerView(timer, at(12.345)).remainingMs;
    expect(left).toBe(22_655);
    expect(timerView(timer, at(500)).remainingMs).toBe(left);
    const resumed = run(timer, { type: "resume", now: at(600) });
    expect(timerView(resumed, at(600)).remainingMs).toBe(left);
    expect(timerView(resumed, at(610)).remainingMs).toBe(left - 10_000);
    expect(run(resumed, { type: "tick", now: at(600 + 22.655) })).toMatchObject({
      stepIndex: 1,
      phase: "get-ready",
      alerts: [{ kind: "step-ended", stepIndex: 0 }],
    });
  });

  it("ignores ticks while paused", () => {
    const paused = run(started(), { type: "pause", now: at(3) });
    expect(run(paused, { type: "tick", now: at(90) })).toMatchObject({ status: "paused", elapsedMs: 3000, phase: "get-ready", alerts: [] });
  });

  it("skips to the next step's countdown without announcing the step it cut short", () => {
    const timer = run(started(), { type: "tick", now: at(20) }, { type: "skip", now: at(21) });
    expect(timer).toMatchObject({ status: "running", stepIndex: 1, phase: "get-ready", elapsedMs: 35_000, alerts: [] });
    expect(remainingSeconds(timer, at(21))).toBe(5);
    expect(run(timer, { type: "tick", now: at(26) }).alerts).toEqual([{ kind: "work-started", stepIndex: 1 }]);
  });

  it("skips while paused and stays paused", () => {
    const timer = run(started(), { type: "pause", now: at(10) }, { type: "skip", now: at(11) });
    expect(timer).toMatchObject({ status: "paused", stepIndex: 1, elapsedMs: 35_000 });
  });

  it("finishes when the last step is skipped", () => {
    const timer = run(started(), { type: "tick", now: at(90) }, { type: "skip", now: at(91) });
    expect(timer).toMatchObject({ status: "done", phase: "done", stepIndex: 3, alerts: [{ kind: "session-done", stepIndex: 2 }] });
    expect(sessionProgress(timer, at(91))).toBe(1);
  });

  it("raises every alert a long jump crosses, in order", () => {
    const timer = run(started(), { type: "tick", now: at(86) });
    expect(timer.alerts).toEqual([
      { kind: "work-started", stepIndex: 0 },
      { kind: "step-ended", stepIndex: 0 },
      { kind: "work-started", stepIndex: 1 },
      { kind: "step-ended", stepIndex: 1 },
      { kind: "work-started", stepIndex: 2 },
    ]);
    expect(timer).toMatchObject({ stepIndex: 2, phase: "work" });
  });

  it("ends in a done state that further events leave alone", () => {
    const done = run(started(), { type: "tick", now: at(1000) });
    expect(done).toMatchObject({ status: "done", phase: "done", elapsedMs: 105_000, anchorAt: null });
    expect(done.alerts.slice(-2)).toEqual([
      { kind: "step-ended", stepIndex: 2 },
      { kind: "session-done", stepIndex: 2 },
    ]);
    const later = run(
      done,
      { type: "tick", now: at(2000) },
      { type: "pause", now: at(2001) },
      { type: "skip", now: at(2002) },
      { type: "start", now: at(2003) },
    );
    expect(later).toMatchObject({ status: "done", elapsedMs: 105_000, alerts: [] });
    expect(remainingSeconds(later, at(3000))).toBe(0);
  });

  it("resets to the start", () => {
    const timer = run(started(), { type: "tick", now: at(50) }, { type: "reset" });
    expect(timer).toMatchObject({ status: "idle", elapsedMs: 0, stepIndex: 0, phase: "get-ready", anchorAt: null });
    expect(run(timer, { type: "start", now: at(60) }, { type: "tick", now: at(65) }).alerts).toEqual([
      { kind: "work-started", stepIndex: 0 },
    ]);
  });

  it("treats a clock that steps backwards as no time passing", () => {
    const timer = run(started(), { type: "tick", now: at(10) }, { type: "tick", now: at(4) }, { type: "tick", now: at(12) });
    expect(timer.elapsedMs).toBe(12_000);
  });

  it("announces work at once when there is no countdown", () => {
    const timer = run(createSessionTimer(STEPS, { getReadySeconds: 0 }), { type: "start", now: T0 });
    expect(timer).toMatchObject({ phase: "work", alerts: [{ kind: "work-started", stepIndex: 0 }] });
    expect(timer.totalMs).toBe(90_000);
  });

  it("rejects bad input with the field named", () => {
    expect(() => createSessionTimer([])).toThrow(/^steps: /);
    expect(() => createSessionTimer(STEPS, { getReadySeconds: -1 })).toThrow(/^getReadySeconds: /);
    expect(() => timerReducer(createSessionTimer(STEPS), { type: "tick", now: Number.NaN })).toThrow(/^now: /);
    expect(() => timerReducer(createSessionTimer(STEPS), { type: "jump" } as unknown as TimerEvent)).toThrow(/^event\.type: /);
  });

  it("runs a built routine for exactly the minutes the planner promised", () => {
    const built = buildRoutine({ points: ["infraspinatus-1", "rhomboids-1"] });
    expect(createSessionTimer(built.routine.steps).totalMs / 60_000).toBeCloseTo(built.minutes, 1);
  });

  it("never lets progress fall or leave 0–1, whatever the events", () => {
    const eventArb = fc.oneof(
      fc.constantFrom("start", "tick", "pause", "resume", "skip").map((type) => ({ type, dt: 0 })),
      fc.integer({ min: -5000, max: 60_000 }).map((dt) => ({ type: "tick", dt })),
      fc.constant({ type: "reset", dt: 0 }),
    );
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        let timer = createSessionTimer(STEPS);
        let now = T0;
        let last = 0;
        for (const { type, dt } of events) {
          now += dt;
          timer = timerReducer(timer, type === "reset" ? { type: "reset" } : ({ type, now } as TimerEvent));
          const progress = sessionProgress(timer, now);
          expect(progress).toBeGreaterThanOrEqual(type === "reset" ? 0 : last);
          expect(progress).toBeLessThanOrEqual(1);
          expect(timerView(timer, now).remainingMs).toBeGreaterThanOrEqual(0);
          last = progress;
        }
      }),
    );
  });
});
