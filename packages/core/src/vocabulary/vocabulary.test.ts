import { describe, expect, it } from "vitest";
import {
  anatomicalRegionOf,
  FLAGS,
  isAnatomicalRegion,
  isRegionId,
  mirrorRegion,
  MUSCLES,
  REGIONS,
  sidedRegions,
  sideOf,
  SYMPTOMS,
} from "./vocabulary.ts";
import { toIntensity, toLocalDate } from "./units.ts";

describe("vocabulary", () => {
  it("holds the 167 contract regions and 104 muscles with unique ids", () => {
    expect(REGIONS).toHaveLength(167);
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(167);
    expect(MUSCLES).toHaveLength(104);
    expect(new Set(MUSCLES.map((m) => m.id)).size).toBe(104);
    expect(SYMPTOMS.map((s) => s.id)).toContain("tinnitus");
    expect(FLAGS.map((f) => f.id)).toContain("saddle-numbness");
  });

  it("pairs every sided region with its mirror and keeps midline regions as they are", () => {
    for (const region of REGIONS) {
      expect(isRegionId(mirrorRegion(region.id))).toBe(true);
      expect(mirrorRegion(mirrorRegion(region.id))).toBe(region.id);
      expect(sideOf(region.id)).toBe(region.side);
    }
    expect(mirrorRegion("vertex")).toBe("vertex");
  });

  it("strips and restores sides", () => {
    expect(anatomicalRegionOf("temple-left")).toBe("temple");
    expect(anatomicalRegionOf("sacrum")).toBe("sacrum");
    expect(isAnatomicalRegion("temple")).toBe(true);
    expect(isAnatomicalRegion("temple-left")).toBe(false);
    expect(sidedRegions("temple", "both")).toEqual(["temple-left", "temple-right"]);
    expect(sidedRegions("sacrum", "left")).toEqual(["sacrum"]);
  });
});

describe("units", () => {
  it("accepts intensities from 0 to 10 only", () => {
    expect(toIntensity(0)).toBe(0);
    expect(toIntensity(10)).toBe(10);
    expect(toIntensity(10.5)).toBeUndefined();
    expect(toIntensity(Number.NaN)).toBeUndefined();
  });

  it("accepts real calendar dates only", () => {
    expect(toLocalDate("2024-02-29")).toBe("2024-02-29");
    expect(toLocalDate("2023-02-29")).toBeUndefined();
    expect(toLocalDate("2023-2-1")).toBeUndefined();
  });
});
