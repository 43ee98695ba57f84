import type { RoutineInput } from "@unknot/core";
import { sessionQueryString } from "../session/session-query.ts";

const KEY = "unknot.handoff.routine";
const ROUTINE_ID_KEY = "unknot.handoff.routineId";

/** The trigger points a routine works, in the order it works them. */
export function routinePoints(routine: RoutineInput): string[] {
  return [...new Set(routine.steps.flatMap((step) => (step.kind === "point" && step.triggerPoint ? [step.triggerPoint] : [])))];
}

/**
 * Hands a built routine to the guided session: keeps it for this tab and returns the `/session` address with its points.
 * The session page reads only the points today; `takeHandedOffRoutine` lets it follow this exact routine instead.
 */
export function handOffRoutine(routine: RoutineInput): string {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(routine));
    sessionStorage.removeItem(ROUTINE_ID_KEY);
  } catch {
    // Without storage the session page still gets the points from the address.
  }
  const points = routinePoints(routine).map((triggerPoint) => ({ triggerPoint, side: "either" as const }));
  return `/session${sessionQueryString({ points, pain: [] })}`;
}

/**
 * The routine handed off by `handOffRoutine`, if it works exactly these points (so a stale hand-off is never followed);
 * it is removed once taken.
 */
export function takeHandedOffRoutine(points: readonly string[]): RoutineInput | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const routine = JSON.parse(raw) as RoutineInput;
    if (routinePoints(routine).join(",") !== points.join(",")) return undefined;
    sessionStorage.removeItem(KEY);
    return routine;
  } catch {
    return undefined;
  }
}

/**
 * Hands a clinician's programme to the guided session like `handOffRoutine`, and remembers its id so the saved
 * session carries it as `routineId`: that is how the clinician's adherence counts it.
 */
export function handOffProgramme(routine: RoutineInput, programmeId: string): string {
  const address = handOffRoutine(routine);
  try {
    sessionStorage.setItem(ROUTINE_ID_KEY, programmeId);
  } catch {
    // Without storage the session is still saved, only not counted towards the programme.
  }
  return address;
}

/** The programme id handed off with the routine, if any; removed once taken. */
export function takeHandedOffRoutineId(): string | undefined {
  try {
    const id = sessionStorage.getItem(ROUTINE_ID_KEY) ?? undefined;
    sessionStorage.removeItem(ROUTINE_ID_KEY);
    return id;
  } catch {
    return undefined;
  }
}
