import { RoutineInputSchema, type RoutineInput } from "@unknot/core/diary";
import { shapeOf, STORAGE_KEYS, storedItem } from "../storage/browser-storage.ts";
import { sessionQueryString } from "./session-query.ts";

/** The routine handed to the guided session, for this tab; checked against the routine schema when read. */
const handedOff = storedItem("session", STORAGE_KEYS.handoff, shapeOf(RoutineInputSchema));

/** The trigger points a routine works, in the order it works them. */
export function routinePoints(routine: RoutineInput): string[] {
  return [...new Set(routine.steps.flatMap((step) => (step.kind === "point" && step.triggerPoint ? [step.triggerPoint] : [])))];
}

/**
 * Hands a built routine to the guided session: keeps it for this tab and returns the `/session` address with its points.
 * The session page reads only the points today; `takeHandedOffRoutine` lets it follow this exact routine instead.
 */
export function handOffRoutine(routine: RoutineInput): string {
  // Without storage the session page still gets the points from the address.
  handedOff.write(routine);
  const points = routinePoints(routine).map((triggerPoint) => ({ triggerPoint, side: "either" as const }));
  return `/session${sessionQueryString({ points, pain: [] })}`;
}

/**
 * The routine handed off by `handOffRoutine`, if it works exactly these points (so a stale hand-off is never followed);
 * it is removed once taken.
 */
export function takeHandedOffRoutine(points: readonly string[]): RoutineInput | undefined {
  const routine = handedOff.read();
  if (!routine || routinePoints(routine).join(",") !== points.join(",")) return undefined;
  handedOff.remove();
  return routine;
}
