import { defineSearch } from "../router/search.ts";
import { listParam } from "../router/search-params.ts";
import { atlasPointId } from "./session-query.ts";

/** The trigger points chosen on the plan pages. */
export interface PointQuery {
  points: string[];
}

/** `?points=trapezius-upper-1,levator-scapulae-1`: a side after a colon, as `/session` writes it, is accepted and ignored. */
const points = listParam<string>({ read: (item, leaveOut) => atlasPointId(item.split(":")[0] ?? "", leaveOut) });

export const PLAN_SEARCH = defineSearch<PointQuery>("/plan", { points });
export const FACTORS_SEARCH = defineSearch<PointQuery>("/plan/factors", { points });
