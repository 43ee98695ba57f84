import type { FeelingKey, FeelingWord } from "./feelings.ts";

/** Where the workout page is: choosing and previewing a routine, running it, or rating it right after. */
export type WorkoutStage = "plan" | "run" | "rate";

export interface WorkoutFlow {
  stage: WorkoutStage;
  activityId: string;
  phase: "pre" | "post";
  rated: ReadonlyMap<FeelingKey, FeelingWord>;
  /** How many runs were started: each run gets a fresh timer. */
  runs: number;
  /** When the current run started, as an ISO time with offset (passed in: the flow reads no clock). */
  runStartedAt: string;
  /** Indexes of the steps of the last run that ran to their end. */
  completed: ReadonlySet<number>;
}

export type WorkoutFlowAction =
  | { type: "choose-activity"; activityId: string }
  | { type: "choose-phase"; phase: "pre" | "post" }
  | { type: "rate-feelings"; rated: ReadonlyMap<FeelingKey, FeelingWord> }
  | { type: "start"; now: string }
  | { type: "finish-run"; completed: ReadonlySet<number> }
  | { type: "rated" };

/** The flow on opening the page, starting from the activity and phase of the last routine when there was one. */
export function initialWorkoutFlow(last?: { activity: string; phase: "pre" | "post" }): WorkoutFlow {
  return {
    stage: "plan",
    activityId: last?.activity ?? "running",
    phase: last?.phase ?? "pre",
    rated: new Map(),
    runs: 0,
    runStartedAt: "",
    completed: new Set(),
  };
}

/** The next state of the workout flow. An action that does not fit the stage (say, a late "finish-run") leaves it as it is. */
export function reduceWorkoutFlow(state: WorkoutFlow, action: WorkoutFlowAction): WorkoutFlow {
  switch (action.type) {
    case "choose-activity":
      // Feelings were rated for the old activity's areas.
      return state.stage === "plan" ? { ...state, activityId: action.activityId, rated: new Map() } : state;
    case "choose-phase":
      return state.stage === "plan" ? { ...state, phase: action.phase } : state;
    case "rate-feelings":
      return state.stage === "plan" ? { ...state, rated: action.rated } : state;
    case "start":
      return state.stage === "plan" ? { ...state, stage: "run", runStartedAt: action.now, runs: state.runs + 1 } : state;
    case "finish-run":
      return state.stage === "run" ? { ...state, stage: "rate", completed: new Set(action.completed) } : state;
    case "rated":
      return state.stage === "rate" ? { ...state, stage: "plan" } : state;
  }
}
