import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSearch, searchHref } from "../../router/search.ts";
import { ATLAS_SEARCH } from "./atlas-query.ts";
import { AREAS } from "./atlas-search.ts";

const read = (query: string) => readSearch(ATLAS_SEARCH, new URLSearchParams(query));

describe("the /atlas address", () => {
  it("keeps the search text exactly as typed, written as a form writes it", () => {
    expect(searchHref(ATLAS_SEARCH, { q: "upper back ", area: "head-neck" })).toBe("/atlas?q=upper+back+&area=head-neck");
    expect(searchHref(ATLAS_SEARCH, { q: "", area: undefined })).toBe("/atlas");
    const value = fc.record({
      q: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      area: fc.option(fc.constantFrom(...AREAS.map((area) => area.group)), { nil: undefined }),
    });
    fc.assert(
      fc.property(value, (query) => {
        expect(read(searchHref(ATLAS_SEARCH, query).slice("/atlas?".length))).toEqual({ value: query, problems: [] });
      }),
    );
  });

  it("shows every area for an area it does not know", () => {
    expect(read("q=heel&area=elbow")).toEqual({ value: { q: "heel", area: undefined }, problems: [] });
  });
});
