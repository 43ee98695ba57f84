import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FeelingKey, FeelingWord } from "./feelings.ts";
import { initialWorkoutFlow, reduceWorkoutFlow, type WorkoutFlow, type WorkoutFlowAction } from "./workout-flow.ts";

const NOW = "2026-11-30T08:00:00+01:00";
const run = (actions: WorkoutFlowAction[], from = initialWorkoutFlow()): WorkoutFlow => actions.reduce(reduceWorkoutFlow, from);

const anyAction: fc.Arbitrary<WorkoutFlowAction> = fc.oneof(
  fc.constantFrom("running", "cycling").map((activityId) => ({ type: "choose-activity" as const, activityId })),
  fc.constantFrom("pre" as const, "post" as const).map((phase) => ({ type: "choose-phase" as const, phase })),
  fc.constant({ type: "rate-feelings" as const, rated: new Map<FeelingKey, FeelingWord>([["calf", "stiff"]]) }),
  fc.constant({ type: "start" as const, now: NOW }),
  fc.uniqueArray(fc.nat(5)).map((done) => ({ type: "finish-run" as const, completed: new Set(done) })),
  fc.constant({ type: "rated" as const }),
);

describe("workout flow", () => {
  it("opens on the last routine's activity and phase, or on a run before training", () => {
    expect(initialWorkoutFlow({ activity: "cycling", phase: "post" })).toMatchObject({
      stage: "plan",
      activityId: "cycling",
      phase: "post",
    });
    expect(initialWorkoutFlow()).toMatchObject({ stage: "plan", activityId: "running", phase: "pre" });
  });

  it("goes plan → run → rate → plan, keeping when the run started and which steps ran to their end", () => {
    const started = run([{ type: "start", now: NOW }]);
    expect(started).toMatchObject({ stage: "run", runStartedAt: NOW, runs: 1 });
    const finished = reduceWorkoutFlow(started, { type: "finish-run", completed: new Set([0, 2]) });
    expect(finished.stage).toBe("rate");
    expect([...finished.completed]).toEqual([0, 2]);
    expect(reduceWorkoutFlow(finished, { type: "rated" }).stage).toBe("plan");
  });

  it("forgets the rated feelings when the activity changes, but not when the phase does", () => {
    const rated = new Map<FeelingKey, FeelingWord>([["calf", "sore"]]);
    const withFeelings = run([{ type: "rate-feelings", rated }]);
    expect(reduceWorkoutFlow(withFeelings, { type: "choose-phase", phase: "post" }).rated).toBe(rated);
    expect(reduceWorkoutFlow(withFeelings, { type: "choose-activity", activityId: "cycling" }).rated.size).toBe(0);
  });

  it("ignores a start while a run or its rating is under way, so a run is never restarted from its rating", () => {
    const rating = run([
      { type: "start", now: NOW },
      { type: "finish-run", completed: new Set() },
    ]);
    expect(reduceWorkoutFlow(rating, { type: "start", now: "later" })).toBe(rating);
  });

  it("only ever enters a run from the plan stage, with a new run number each time", () => {
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 30 }), (actions) => {
        let state = initialWorkoutFlow();
        for (const action of actions) {
          const next = reduceWorkoutFlow(state, action);
          if (next.stage === "run" && state.stage !== "run") {
            expect(state.stage).toBe("plan");
            expect(next.runs).toBe(state.runs + 1);
          }
          if (next.stage === "rate" && state.stage !== "rate") expect(state.stage).toBe("run");
          state = next;
        }
      }),
    );
  });
});
