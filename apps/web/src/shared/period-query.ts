import { useMemo } from "react";
import { checkRange } from "@unknot/core/stats";
import { isRegionId, type RegionId } from "@unknot/core/vocabulary";
import { defineSearch, useSearch, type SearchParams, type SearchRoute } from "../router/search.ts";
import { valueParam } from "../router/search-params.ts";
import { DEFAULT_PRESET, PERIOD_PRESETS, presetRange, type Period, type PeriodPreset } from "./format/period.ts";

/** The period as an address writes it: custom dates (`from` and `to`), or a preset's name; the report's address. */
export interface DatesSearch {
  from: string | undefined;
  to: string | undefined;
  period: string | undefined;
}

/** The progress page's address: the period and one area to follow on its own. */
export interface PeriodSearch extends DatesSearch {
  region: RegionId | undefined;
}

const asWritten = (text: string) => text;

// The dates are checked together when the period is read (`periodOf`): one alone is not a period.
const DATES: SearchParams<DatesSearch> = {
  from: valueParam(asWritten),
  to: valueParam(asWritten),
  // An unknown preset name is not worth a note: the default period shows, and its chip says which.
  period: valueParam((id) => (PERIOD_PRESETS.some((preset) => preset.id === id) ? id : undefined)),
};

/** One area of the body map to filter by (`region=temple-left`); an unknown one is left out, so all areas show. */
export const areaFilter = valueParam<RegionId>((id, leaveOut) =>
  isRegionId(id) ? id : leaveOut(`"${id}" is not an area of the body map, so all areas are shown.`),
);

/** `/progress?period=3m&region=temple-left` or `/progress?from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export const PROGRESS_SEARCH = defineSearch<PeriodSearch>("/progress", { ...DATES, region: areaFilter });

/** `/report?period=3m` or `/report?from=YYYY-MM-DD&to=YYYY-MM-DD`: the report covers every area. */
export const REPORT_SEARCH = defineSearch<DatesSearch>("/report", DATES);

function presetPeriod(preset: PeriodPreset, today: string, region: RegionId | undefined): Period {
  return { preset: preset.id, ...presetRange(preset, today), region };
}

/** What an address's period means today: its dates when both are valid, its preset, or else the last four weeks. */
export function periodOf(search: DatesSearch & { region?: RegionId | undefined }, today: string, problems: string[]): Period {
  const { from, to, region } = search;
  const fallback = PERIOD_PRESETS.find((preset) => preset.id === DEFAULT_PRESET) as PeriodPreset;
  if (from !== undefined && to !== undefined) {
    const problem = checkRange({ from, to });
    if (!problem) return { preset: "custom", from, to, region };
    problems.push(`Those dates could not be used (${problem}), so the last 4 weeks are shown.`);
    return presetPeriod(fallback, today, region);
  }
  return presetPeriod(PERIOD_PRESETS.find((preset) => preset.id === search.period) ?? fallback, today, region);
}

/** How an address writes a period: a preset by name (the default not at all), custom dates as dates. */
export function periodSearch(period: Pick<Period, "preset" | "from" | "to" | "region">): PeriodSearch {
  const custom = period.preset === "custom";
  return {
    from: custom ? period.from : undefined,
    to: custom ? period.to : undefined,
    period: custom || period.preset === DEFAULT_PRESET ? undefined : period.preset,
    region: period.region,
  };
}

/** The period (and area) of the page's address, with a note for every part of it that could not be used. */
export function usePeriod<V extends DatesSearch>(route: SearchRoute<V>, today: string) {
  const search = useSearch(route);
  return useMemo(() => {
    const problems = [...search.problems];
    return { period: periodOf(search.value, today, problems), problems };
  }, [search, today]);
}
