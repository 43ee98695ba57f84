import { findTriggerPoint } from "@unknot/core/atlas";
import { regionShape } from "@unknot/core/body";
import { describe, expect, it } from "vitest";
import { cropAround, referralPattern } from "./referral-pattern.ts";

const trapezius = findTriggerPoint("trapezius-upper-1")?.point;
if (!trapezius) throw new Error("the atlas has no trapezius-upper-1");

describe("a trigger point's referral pattern on the map", () => {
  it("draws a left-side point's zones on the left only, essential and spillover as the atlas says", () => {
    const { zones, points } = referralPattern(trapezius, "left");
    expect(zones.get("temple-left")).toBe("essential");
    expect(zones.get("eye-left")).toBe("spillover");
    expect([...zones.keys()].some((id) => id.endsWith("-right"))).toBe(false);
    expect(points).toHaveLength(1);
    expect(points[0]?.region).toBe("shoulder-top-left");
    expect(points[0]?.view).toBe(regionShape("shoulder-top-left").view);
  });

  it("draws both sides, and a point on each, when the side is open", () => {
    const { zones, points } = referralPattern(trapezius, "either");
    expect(zones.get("temple-left")).toBe("essential");
    expect(zones.get("temple-right")).toBe("essential");
    expect(points.map((p) => p.region).sort()).toEqual(["shoulder-top-left", "shoulder-top-right"]);
  });

  it("crops a view around the regions it holds, and returns nothing for a view without them", () => {
    const box = cropAround("front", ["temple-left"], []);
    const temple = regionShape("temple-left").points;
    expect(box && temple.every(([x, y]) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY)).toBe(true);
    expect(cropAround("back", ["temple-left"], [])).toBeUndefined();
  });
});
