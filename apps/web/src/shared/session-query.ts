import { findTriggerPoint } from "@unknot/core/atlas";
import { readFindState, type PainMark } from "./find-query.ts";

/** The side a session point is worked on; `either` leaves it to the person (the more tender side). */
export type SessionSide = "left" | "right" | "midline" | "either";

/** One trigger point chosen for a session. */
export interface ChosenPoint {
  triggerPoint: string;
  side: SessionSide;
}

/** What `/session` needs: the chosen points and the painful areas to rate before and after. */
export interface SessionQuery {
  points: ChosenPoint[];
  pain: PainMark[];
}

// The writer lives apart (session-link.ts): pages that only link to a session then need no atlas, which reading needs.
export { sessionQueryString } from "./session-link.ts";

const SIDES = new Set<string>(["left", "right", "midline", "either"]);

/** Reads the session's address; unknown points are dropped with a note. Needs the atlas, so only session code imports it. */
export function readSessionQuery(query: URLSearchParams): SessionQuery & { problems: string[] } {
  const { state, problems } = readFindState(new URLSearchParams({ pain: query.get("pain") ?? "" }));
  const points: ChosenPoint[] = [];
  for (const item of (query.get("points") ?? "").split(",").filter((x) => x !== "")) {
    const [triggerPoint = "", side = "either"] = item.split(":");
    if (!findTriggerPoint(triggerPoint)) problems.push(`"${triggerPoint}" is not a trigger point in the atlas, so it was left out.`);
    else if (!SIDES.has(side)) problems.push(`"${side}" is not a side of the body, so ${triggerPoint} was left out.`);
    else if (!points.some((p) => p.triggerPoint === triggerPoint)) points.push({ triggerPoint, side: side as SessionSide });
  }
  return { points, pain: state.pain, problems };
}
