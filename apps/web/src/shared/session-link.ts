// The /session address, declared once. Reading it checks each point against the atlas (session-query.ts); writing a
// link does not, so the pages that only link to a session (a muscle's page, the results) need not download the atlas.
import { defineSearch } from "../router/search.ts";
import { listParam, type ItemReader } from "../router/search-params.ts";
import { painParam, type PainMark } from "./find-query.ts";

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

const SIDES = new Set<string>(["left", "right", "midline", "either"]);

/** `/session?points=trapezius-upper-1:left,…&pain=temple-left:7,…`, with `pointId` deciding which point ids are kept. */
export function sessionSearch(pointId: ItemReader<string>) {
  return defineSearch<SessionQuery>("/session", {
    points: listParam({
      read: (item, leaveOut) => {
        const [id = "", side = "either"] = item.split(":");
        const triggerPoint = pointId(id, leaveOut);
        if (triggerPoint === undefined) return undefined;
        if (!SIDES.has(side)) return leaveOut(`"${side}" is not a side of the body, so ${triggerPoint} was left out.`);
        return { triggerPoint, side: side as SessionSide };
      },
      write: (point) => `${point.triggerPoint}:${point.side}`,
      key: (point) => point.triggerPoint,
      keepEmpty: true,
    }),
    pain: painParam,
  });
}

/** For writing links to /session: the ids come from the app's own atlas records, so they are not checked again. */
export const SESSION_LINK = sessionSearch((id) => id);
