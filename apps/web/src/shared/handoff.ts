import { RoutineInputSchema, type RoutineInput } from "@unknot/core/diary";
import { shapeOf, STORAGE_KEYS, storedItem } from "../storage/browser-storage.ts";
import { z } from "zod";
import { searchHref } from "../router/search.ts";
import { SESSION_LINK } from "./session-link.ts";

/** The routine handed to the guided session, for this tab; checked against the routine schema when read. */
const handedOff = storedItem("session", STORAGE_KEYS.handoff, shapeOf(RoutineInputSchema));
/** The id of the clinician's programme handed off with the routine, so the saved session counts towards it. */
const handedOffProgramme = storedItem("session", STORAGE_KEYS.handoffProgramme, shapeOf(z.string().min(1)));

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
  handedOffProgramme.remove();
  const points = routinePoints(routine).map((triggerPoint) => ({ triggerPoint, side: "either" as const }));
  return searchHref(SESSION_LINK, { points, pain: [] });
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

/**
 * Hands a clinician's programme to the guided session like `handOffRoutine`, and remembers its id so the saved
 * session carries it as `routineId`: that is how the clinician's adherence counts it.
 */
export function handOffProgramme(routine: RoutineInput, programmeId: string): string {
  const address = handOffRoutine(routine);
  // Without storage the session is still saved, only not counted towards the programme.
  handedOffProgramme.write(programmeId);
  return address;
}

/** The programme id handed off with the routine, if any; removed once taken. */
export function takeHandedOffRoutineId(): string | undefined {
  const id = handedOffProgramme.read();
  handedOffProgramme.remove();
  return id;
}
