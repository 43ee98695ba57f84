import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGIONS } from "@unknot/core/vocabulary";
import { readSearch, searchHref } from "../../router/search.ts";
import { HISTORY_SEARCH, type HistoryFilter } from "./history-query.ts";

const read = (href: string) => readSearch(HISTORY_SEARCH, new URL(href, "http://x").searchParams);

describe("the /history address", () => {
  it("reads back every filter it writes, in the order it always wrote them", () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
    const filter = fc.record<HistoryFilter>({
      from: fc.option(date, { nil: undefined }),
      to: fc.option(date, { nil: undefined }),
      region: fc.option(fc.constantFrom(...REGIONS.map((r) => r.id)), { nil: undefined }),
    });
    fc.assert(
      fc.property(filter, (value) => {
        expect(read(searchHref(HISTORY_SEARCH, value))).toEqual({ value, problems: [] });
      }),
    );
    expect(searchHref(HISTORY_SEARCH, { from: "2026-03-01", to: "2026-03-31", region: "temple-left" })).toBe(
      "/history?from=2026-03-01&to=2026-03-31&region=temple-left",
    );
    expect(searchHref(HISTORY_SEARCH, { from: undefined, to: undefined, region: undefined })).toBe("/history");
  });

  it("leaves out a date that is not on the calendar and an unknown area, saying which", () => {
    const { value, problems } = read("/history?from=2026-02-30&to=2026-03-31&region=elbow-of-doom");
    expect(value).toEqual({ from: undefined, to: "2026-03-31", region: undefined });
    expect(problems).toEqual([
      'The from date "2026-02-30" is not a calendar date written YYYY-MM-DD, so it was left out.',
      '"elbow-of-doom" is not an area of the body map, so all areas are shown.',
    ]);
  });
});
