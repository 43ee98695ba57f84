import { describe, expect, it } from "vitest";
import { heatMap, hotspots } from "./hotspots.ts";
import { makeCheckIn, makeDiary, makeSession, NOVEMBER } from "./test-diary.ts";

const diary = makeDiary({
  sessions: [
    makeSession({
      id: "s1",
      startedAt: "2026-11-02T08:00:00+01:00",
      before: { "neck-back-left": 2, "temple-left": 8 },
      // After-session ratings do not count as the person's pain level.
      after: { "neck-back-left": 0, "temple-left": 1, "jaw-right": 9 },
    }),
  ],
  checkIns: [
    makeCheckIn({ id: "c1", recordedAt: "2026-11-03T09:00:00+01:00", ratings: { "neck-back-left": 2, "temple-left": 9, sacrum: 0 } }),
    makeCheckIn({ id: "c2", recordedAt: "2026-11-05T09:00:00+01:00", ratings: { "neck-back-left": 2, "shoulder-top-right": 6 } }),
    makeCheckIn({ id: "c3", recordedAt: "2026-11-06T09:00:00+01:00", ratings: { "shoulder-top-right": 0, "temple-left": 0 } }),
    makeCheckIn({ id: "c4", recordedAt: "2026-12-01T09:00:00+01:00", ratings: { "eye-left": 7 } }),
  ],
});

describe("hotspots", () => {
  it("gives nothing for an empty diary", () => {
    expect(hotspots(makeDiary(), NOVEMBER)).toEqual([]);
    expect(heatMap(makeDiary(), NOVEMBER)).toEqual({});
  });

  it("puts the most frequently painful region first, then the most intense", () => {
    expect(hotspots(diary, NOVEMBER).map((spot) => spot.region)).toEqual(["neck-back-left", "temple-left", "shoulder-top-right"]);
  });

  it("counts only painful ratings but averages all of them, 0s included", () => {
    const temple = hotspots(diary, NOVEMBER).find((spot) => spot.region === "temple-left");
    expect(temple).toEqual({ region: "temple-left", count: 2, ratings: 3, mean: (8 + 9 + 0) / 3, max: 9 });
  });

  it("leaves out regions only ever rated 0, after-session ratings and ratings outside the period", () => {
    const regions = hotspots(diary, NOVEMBER).map((spot) => spot.region);
    expect(regions).not.toContain("sacrum");
    expect(regions).not.toContain("jaw-right");
    expect(regions).not.toContain("eye-left");
  });

  it("breaks a tie in frequency by mean intensity", () => {
    const tie = makeDiary({
      checkIns: [
        makeCheckIn({ id: "a", recordedAt: "2026-11-02T09:00:00Z", ratings: { "calf-left": 3, "heel-left": 7 } }),
        makeCheckIn({ id: "b", recordedAt: "2026-11-03T09:00:00Z", ratings: { "calf-left": 3, "heel-left": 5 } }),
      ],
    });
    expect(hotspots(tie, NOVEMBER).map((spot) => spot.region)).toEqual(["heel-left", "calf-left"]);
  });

  it("maps the mean intensity of every region rated in the period, telling rated 0 from not rated", () => {
    const map = heatMap(diary, NOVEMBER);
    expect(map["neck-back-left"]).toBe(2);
    expect(map["temple-left"]).toBeCloseTo(17 / 3);
    expect(map["shoulder-top-right"]).toBe(3);
    expect(map.sacrum).toBe(0);
    expect(map["jaw-right"]).toBeUndefined();
    expect(map["eye-left"]).toBeUndefined();
  });

  it("refuses a bad range with a message naming the field", () => {
    expect(() => hotspots(diary, { from: "2026-11-30", to: "2026-11-01" })).toThrow(/^to: /);
    expect(() => heatMap(diary, { from: "30/11/2026", to: "2026-12-01" })).toThrow(/^from: /);
  });
});
