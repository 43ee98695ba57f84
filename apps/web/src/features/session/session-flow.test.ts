import { buildRoutine, type EasedStep } from "@unknot/core/planner";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SessionPrefs } from "./PlanForm.tsx";
import { initialSessionFlow, reduceSessionFlow, type SessionFlow, type SessionFlowAction } from "./session-flow.ts";

const NOW = "2026-11-30T08:00:00+01:00";
const PREFS: SessionPrefs = { experience: "new", painSensitivity: "normal", tools: ["thumb"], minutesAvailable: 10, painCeiling: 5 };
const { routine } = buildRoutine({ points: ["trapezius-upper-1"] });
const opening = () => initialSessionFlow({ before: [{ region: "temple-left", intensity: 6 }], prefs: PREFS });
const play = (actions: SessionFlowAction[], from: SessionFlow = opening()): SessionFlow => actions.reduce(reduceSessionFlow, from);
const toAfter: SessionFlowAction[] = [
  { type: "rate-before-start" },
  { type: "start", now: NOW },
  { type: "finish-run", completed: new Set([0]), eased: [] },
];

const anyAction: fc.Arbitrary<SessionFlowAction> = fc.oneof(
  fc.constant({ type: "change-prefs" as const, prefs: { ...PREFS, minutesAvailable: 5 } }),
  fc.constant({ type: "rate-before-start" as const }),
  fc.nat(10).map((intensity) => ({ type: "rate-before" as const, ratings: [{ region: "temple-left" as const, intensity }] })),
  fc.constant({ type: "start" as const, now: NOW }),
  fc.uniqueArray(fc.nat(5)).map((done) => ({ type: "finish-run" as const, completed: new Set(done), eased: [] as EasedStep[] })),
  fc.constantFrom("saved" as const, "queued" as const).map((outcome) => ({ type: "saved" as const, outcome })),
);

describe("session flow", () => {
  it("goes plan → before → run → after → saved, keeping the start time, the steps done and those eased off", () => {
    const eased: EasedStep[] = [{ stepIndex: 0, presses: 1, dose: routine.steps[0]!.dose }];
    const after = play([
      { type: "rate-before-start" },
      { type: "rate-before", ratings: [{ region: "temple-left", intensity: 4 }] },
      { type: "start", now: NOW },
      { type: "finish-run", completed: new Set([0, 1]), eased },
    ]);
    expect(after).toMatchObject({ phase: "after", startedAt: NOW, before: [{ region: "temple-left", intensity: 4 }], eased });
    expect([...after.completed]).toEqual([0, 1]);
    expect(reduceSessionFlow(after, { type: "saved", outcome: "queued" }).phase).toBe("queued");
  });

  it("follows a handed-off routine until the preferences change, then plans with the new ones", () => {
    const handed = initialSessionFlow({ handedOff: routine, before: [], prefs: PREFS });
    const changed = reduceSessionFlow(handed, { type: "change-prefs", prefs: { ...PREFS, painCeiling: 4 } });
    expect(handed.handedOff).toBe(routine);
    expect(changed).toMatchObject({ handedOff: undefined, prefs: { painCeiling: 4 } });
  });

  it("carries on a resumed session in its phase, with its routine, ratings and progress", () => {
    const resumed = { query: "points=x", phase: "after" as const, routine, before: [], startedAt: NOW, completed: [2], eased: [] };
    const flow = initialSessionFlow({ resumed, handedOff: undefined, before: [{ region: "temple-left", intensity: 6 }], prefs: PREFS });
    expect(flow).toMatchObject({ phase: "after", handedOff: routine, before: [], startedAt: NOW });
    expect([...flow.completed]).toEqual([2]);
  });

  it("ignores a save before the run is over", () => {
    const running = play(toAfter.slice(0, 2));
    expect(reduceSessionFlow(running, { type: "saved", outcome: "saved" })).toBe(running);
  });

  it("never leaves a saved or queued session, whatever comes after", () => {
    fc.assert(
      fc.property(fc.constantFrom("saved" as const, "queued" as const), fc.array(anyAction, { maxLength: 30 }), (outcome, actions) => {
        const saved = play([...toAfter, { type: "saved", outcome }]);
        expect(play(actions, saved)).toBe(saved);
      }),
    );
  });

  it("only moves forward through the phases, one at a time", () => {
    const order = ["plan", "before", "run", "after", "saved"];
    const rank = (flow: SessionFlow) => order.indexOf(flow.phase === "queued" ? "saved" : flow.phase);
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 30 }), (actions) => {
        let state = opening();
        for (const action of actions) {
          const next = reduceSessionFlow(state, action);
          expect([0, 1]).toContain(rank(next) - rank(state));
          state = next;
        }
      }),
    );
  });
});
