import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dose } from "../atlas/types.ts";
import { chooseDose, workSeconds } from "./dose.ts";

const doseArb: fc.Arbitrary<Dose> = fc.oneof(
  fc.integer({ min: 5, max: 20 }).map((count) => ({ kind: "strokes" as const, count })),
  fc.integer({ min: 10, max: 90 }).map((seconds) => ({ kind: "hold" as const, seconds })),
);

describe("dose", () => {
  it("keeps standard doses to 10–12 strokes or 30–60 s holds, whatever the atlas says", () => {
    expect(chooseDose({ kind: "strokes", count: 20 }, "standard", false).dose).toEqual({ kind: "strokes", count: 12 });
    expect(chooseDose({ kind: "strokes", count: 5 }, "standard", false).dose).toEqual({ kind: "strokes", count: 10 });
    expect(chooseDose({ kind: "hold", seconds: 90 }, "standard", false).dose).toEqual({ kind: "hold", seconds: 60 });
    expect(chooseDose({ kind: "hold", seconds: 10 }, "recovery", false).dose).toEqual({ kind: "hold", seconds: 30 });
  });

  it("never gives more work when light, and only light strokes before a workout", () => {
    fc.assert(
      fc.property(doseArb, (base) => {
        const full = workSeconds(chooseDose(base, "standard", false).dose);
        expect(workSeconds(chooseDose(base, "standard", true).dose)).toBeLessThanOrEqual(full);
        expect(workSeconds(chooseDose(base, "taper", false).dose)).toBeLessThan(full);
        const pre = chooseDose(base, "pre-workout", false);
        expect(pre.dose.kind).toBe("strokes");
        expect(workSeconds(pre.dose)).toBeLessThan(full);
        expect(pre.reason).toMatch(/Before training/);
      }),
    );
  });

  it("paces strokes at 4 seconds", () => {
    expect(workSeconds({ kind: "strokes", count: 10 })).toBe(40);
    expect(workSeconds({ kind: "hold", seconds: 45 })).toBe(45);
  });
});
