import type { RoutineInput } from "@unknot/core/diary";
import type { EasedStep } from "@unknot/core/planner";
import type { PainMark } from "../../shared/find-query.ts";
import type { SessionPrefs } from "./PlanForm.tsx";
import type { SessionInProgress } from "./resume.ts";

/** Where a guided session is: planning, rating the pain before, running, rating after, then saved (or queued offline). */
export type SessionPhase = "plan" | "before" | "run" | "after" | "saved" | "queued";

export interface SessionFlow {
  phase: SessionPhase;
  /** A routine planned elsewhere (or resumed), followed as it was built until the person changes the settings here. */
  handedOff: RoutineInput | undefined;
  prefs: SessionPrefs;
  before: PainMark[];
  /** When the run started, as an ISO time with offset (passed in: the flow reads no clock). */
  startedAt: string;
  /** Indexes of the steps that ran to their end. */
  completed: ReadonlySet<number>;
  eased: EasedStep[];
}

export type SessionFlowAction =
  | { type: "change-prefs"; prefs: SessionPrefs }
  | { type: "rate-before-start" }
  | { type: "rate-before"; ratings: PainMark[] }
  | { type: "start"; now: string }
  | { type: "finish-run"; completed: ReadonlySet<number>; eased: EasedStep[] }
  | { type: "saved"; outcome: "saved" | "queued" };

interface SessionOpening {
  /** The session kept in this tab before a reload, if any: it carries on where it was. */
  resumed?: SessionInProgress | undefined;
  handedOff?: RoutineInput | undefined;
  /** The pain ratings to start from when nothing was resumed. */
  before: PainMark[];
  prefs: SessionPrefs;
}

/** The flow on opening the session page. */
export function initialSessionFlow({ resumed, handedOff, before, prefs }: SessionOpening): SessionFlow {
  return {
    phase: resumed?.phase ?? "plan",
    handedOff: resumed?.routine ?? handedOff,
    prefs,
    before: resumed?.before ?? before,
    startedAt: resumed?.startedAt ?? "",
    completed: new Set(resumed?.completed),
    eased: resumed?.eased ?? [],
  };
}

/** The next state of the session flow. An action that does not fit the phase leaves it as it is: a saved session stays saved. */
export function reduceSessionFlow(state: SessionFlow, action: SessionFlowAction): SessionFlow {
  switch (action.type) {
    case "change-prefs":
      // Changing the preferences here means the person wants the routine rebuilt for them.
      return state.phase === "plan" ? { ...state, prefs: action.prefs, handedOff: undefined } : state;
    case "rate-before-start":
      return state.phase === "plan" ? { ...state, phase: "before" } : state;
    case "rate-before":
      return state.phase === "before" ? { ...state, before: action.ratings } : state;
    case "start":
      return state.phase === "before" ? { ...state, phase: "run", startedAt: action.now } : state;
    case "finish-run":
      return state.phase === "run" ? { ...state, phase: "after", completed: new Set(action.completed), eased: action.eased } : state;
    case "saved":
      return state.phase === "after" ? { ...state, phase: action.outcome } : state;
  }
}
