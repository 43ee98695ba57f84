import { describe, expect, it } from "vitest";
import { readSearch, searchHref } from "../router/search.ts";
import { FACTORS_SEARCH, PLAN_SEARCH } from "./point-query.ts";

const read = (query: string) => readSearch(PLAN_SEARCH, new URLSearchParams(query));

describe("the /plan address", () => {
  it("reads atlas ids in order, ignoring sides and repeats", () => {
    expect(read("points=trapezius-upper-1:left,levator-scapulae-1,trapezius-upper-1")).toEqual({
      value: { points: ["trapezius-upper-1", "levator-scapulae-1"] },
      problems: [],
    });
  });

  it("leaves out unknown ids and says which", () => {
    const { value, problems } = read("points=nope-1,trapezius-upper-1");
    expect(value.points).toEqual(["trapezius-upper-1"]);
    expect(problems).toEqual(['"nope-1" is not a trigger point in the atlas, so it was left out.']);
  });

  it("round-trips through the address, and writes no query when there are no points", () => {
    const written = searchHref(PLAN_SEARCH, { points: ["soleus-1", "gastrocnemius-1"] });
    expect(written).toBe("/plan?points=soleus-1,gastrocnemius-1");
    expect(read(written.slice("/plan?".length)).value.points).toEqual(["soleus-1", "gastrocnemius-1"]);
    expect(searchHref(PLAN_SEARCH, { points: [] })).toBe("/plan");
    expect(searchHref(FACTORS_SEARCH, { points: ["soleus-1"] })).toBe("/plan/factors?points=soleus-1");
  });
});
