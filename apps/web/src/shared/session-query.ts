import { findTriggerPoint } from "@unknot/core/atlas";
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

/** A trigger point id the atlas knows (so only code that loads the atlas imports this). */
export const atlasPointId: ItemReader<string> = (id, leaveOut) =>
  findTriggerPoint(id) ? id : leaveOut(`"${id}" is not a trigger point in the atlas, so it was left out.`);

/** `/session?points=trapezius-upper-1:left,…&pain=temple-left:7,…`: unknown points are left out with a note. */
export const SESSION_SEARCH = defineSearch<SessionQuery>("/session", {
  points: listParam({
    read: (item, leaveOut) => {
      const [id = "", side = "either"] = item.split(":");
      const triggerPoint = atlasPointId(id, leaveOut);
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
