import type { MuscleGroup } from "@unknot/core/vocabulary";
import { defineSearch } from "../../router/search.ts";
import { valueParam } from "../../router/search-params.ts";
import { AREAS } from "./atlas-search.ts";

/** What the atlas page's address holds: the search text as typed, and one body area to browse. */
export interface AtlasQuery {
  q: string | undefined;
  area: MuscleGroup | undefined;
}

/** `/atlas?q=…&area=…`: an unknown area shows every area, which its chip says, so it needs no note. */
export const ATLAS_SEARCH = defineSearch<AtlasQuery>("/atlas", {
  q: valueParam((text) => text),
  area: valueParam((group) => AREAS.find((area) => area.group === group)?.group),
});
