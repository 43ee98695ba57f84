import { describe, expect, it } from "vitest";
import { pointQueryString, readPointQuery } from "./point-query.ts";

describe("readPointQuery", () => {
  it("reads atlas ids in order, ignoring sides and repeats", () => {
    expect(readPointQuery("trapezius-upper-1:left,levator-scapulae-1,trapezius-upper-1")).toEqual({
      points: ["trapezius-upper-1", "levator-scapulae-1"],
      problems: [],
    });
  });

  it("leaves out unknown ids and says which", () => {
    const { points, problems } = readPointQuery("nope-1,trapezius-upper-1");
    expect(points).toEqual(["trapezius-upper-1"]);
    expect(problems[0]).toContain('"nope-1"');
  });

  it("round-trips through the query string", () => {
    const written = pointQueryString(["soleus-1", "gastrocnemius-1"]);
    expect(readPointQuery(new URLSearchParams(written.slice(1)).get("points")).points).toEqual(["soleus-1", "gastrocnemius-1"]);
    expect(pointQueryString([])).toBe("");
  });
});
