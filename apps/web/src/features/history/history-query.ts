import { toLocalDate, type RegionId } from "@unknot/core/vocabulary";
import { defineSearch } from "../../router/search.ts";
import { valueParam, type ItemReader } from "../../router/search-params.ts";
import { areaFilter } from "../../shared/period-query.ts";

/** The filters of the history page, as kept in its address; a filter not set is `undefined`. */
export interface HistoryFilter {
  from: string | undefined;
  to: string | undefined;
  region: RegionId | undefined;
}

function calendarDate(what: string): ItemReader<string> {
  return (text, leaveOut) =>
    toLocalDate(text) ?? leaveOut(`The ${what} date "${text}" is not a calendar date written YYYY-MM-DD, so it was left out.`);
}

/** `/history?from=YYYY-MM-DD&to=YYYY-MM-DD&region=…`: the sessions from a range of dates and of one area. */
export const HISTORY_SEARCH = defineSearch<HistoryFilter>("/history", {
  from: valueParam(calendarDate("from")),
  to: valueParam(calendarDate("to")),
  region: areaFilter,
});
