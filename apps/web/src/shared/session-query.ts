import { findTriggerPoint } from "@unknot/core/atlas";
import type { ItemReader } from "../router/search-params.ts";
import { sessionSearch } from "./session-link.ts";

export type { ChosenPoint, SessionQuery, SessionSide } from "./session-link.ts";

/** A trigger point id the atlas knows (so only code that loads the atlas imports this). */
export const atlasPointId: ItemReader<string> = (id, leaveOut) =>
  findTriggerPoint(id) ? id : leaveOut(`"${id}" is not a trigger point in the atlas, so it was left out.`);

/** The /session address as the session page reads it: unknown points are left out with a note. */
export const SESSION_SEARCH = sessionSearch(atlasPointId);
