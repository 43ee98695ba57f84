import { describe, expect, it } from "vitest";
import { ratingAreas } from "./default-ratings.ts";
import { isoWithOffset } from "../../shared/format/local-time.ts";
import { readSearch, searchHref } from "../../router/search.ts";
import { SESSION_SEARCH } from "../../shared/session-query.ts";

const readSessionQuery = (query: string) => {
  const { value, problems } = readSearch(SESSION_SEARCH, new URLSearchParams(query));
  return { ...value, problems };
};

describe("the /session address", () => {
  it("reads back the points and drawing it writes", () => {
    const written = searchHref(SESSION_SEARCH, {
      points: [
        { triggerPoint: "trapezius-upper-1", side: "left" },
        { triggerPoint: "temporalis-4", side: "either" },
      ],
      pain: [{ region: "temple-left", intensity: 7 }],
    });
    expect(written).toBe("/session?points=trapezius-upper-1:left,temporalis-4:either&pain=temple-left:7");
    const read = readSessionQuery(written.slice("/session?".length));
    expect(read.problems).toEqual([]);
    expect(read.points.map((p) => p.triggerPoint)).toEqual(["trapezius-upper-1", "temporalis-4"]);
    expect(read.pain).toEqual([{ region: "temple-left", intensity: 7 }]);
  });

  it("leaves out points the atlas does not know and sides that do not exist, saying so", () => {
    const read = readSessionQuery("points=made-up-1:left,trapezius-upper-1:up,soleus-1:");
    expect(read.points).toEqual([]);
    expect(read.problems).toEqual([
      '"made-up-1" is not a trigger point in the atlas, so it was left out.',
      '"up" is not a side of the body, so trapezius-upper-1 was left out.',
      '"" is not a side of the body, so soleus-1 was left out.',
    ]);
  });

  it("gives a point without a side either side, keeps a point chosen twice once, and reads the drawing", () => {
    const read = readSessionQuery("points=soleus-1,soleus-1:left&pain=heel-left:6,nowhere:2");
    expect(read.points).toEqual([{ triggerPoint: "soleus-1", side: "either" }]);
    expect(read.pain).toEqual([{ region: "heel-left", intensity: 6 }]);
    expect(read.problems).toEqual(['"nowhere" is not an area of the body map, so it was left out.']);
  });

  it("always names its points, even none, as it always has", () => {
    expect(searchHref(SESSION_SEARCH, { points: [], pain: [] })).toBe("/session?points=");
  });
});

describe("the areas rated before and after a session", () => {
  it("are the person's drawing when there is one", () => {
    expect(ratingAreas([{ triggerPoint: "trapezius-upper-1", side: "left" }], [{ region: "heel-left", intensity: 4 }])).toEqual([
      { region: "heel-left", intensity: 4 },
    ]);
  });

  it("are otherwise the chosen points' usual pain areas on their side", () => {
    const areas = ratingAreas([{ triggerPoint: "trapezius-upper-1", side: "right" }], []).map((a) => a.region);
    expect(areas).toEqual(expect.arrayContaining(["temple-right", "mastoid-right", "neck-back-right"]));
    expect(areas.some((id) => id.endsWith("-left"))).toBe(false);
  });
});

describe("session start times", () => {
  it("carry the device's own offset, in the form the diary accepts", () => {
    const text = isoWithOffset(new Date(Date.UTC(2026, 10, 23, 8, 30, 5)));
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(text)).toBe(Date.UTC(2026, 10, 23, 8, 30, 5));
  });
});
