import { describe, expect, it } from "vitest";
import { ratingAreas } from "./default-ratings.ts";
import { isoWithOffset } from "../../shared/format/local-time.ts";
import { readSessionQuery, sessionQueryString } from "../../shared/session-query.ts";

describe("the /session address", () => {
  it("reads back the points and drawing it writes", () => {
    const written = sessionQueryString({
      points: [
        { triggerPoint: "trapezius-upper-1", side: "left" },
        { triggerPoint: "temporalis-4", side: "either" },
      ],
      pain: [{ region: "temple-left", intensity: 7 }],
    });
    expect(written).toBe("?points=trapezius-upper-1:left,temporalis-4:either&pain=temple-left:7");
    const read = readSessionQuery(new URLSearchParams(written.slice(1)));
    expect(read.problems).toEqual([]);
    expect(read.points.map((p) => p.triggerPoint)).toEqual(["trapezius-upper-1", "temporalis-4"]);
    expect(read.pain).toEqual([{ region: "temple-left", intensity: 7 }]);
  });

  it("leaves out points the atlas does not know and sides that do not exist, saying so", () => {
    const read = readSessionQuery(new URLSearchParams("points=made-up-1:left,trapezius-upper-1:up"));
    expect(read.points).toEqual([]);
    expect(read.problems).toHaveLength(2);
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
