import { describe, expect, it } from "vitest";
import { intensityColour, intensityWords, nextTapIntensity } from "./intensity.ts";

describe("pain intensity on the body map", () => {
  it("marks an area at the first tap, raises it in steps of two up to 10, then clears it", () => {
    const seen: (number | undefined)[] = [];
    let level: number | undefined;
    for (let tap = 0; tap < 5; tap++) {
      level = nextTapIntensity(level, 5);
      seen.push(level);
    }
    expect(seen).toEqual([5, 7, 9, 10, undefined]);
  });

  it("says each level in words, so colour is never the only cue", () => {
    expect(intensityWords(0)).toBe("marked, no pain right now");
    expect(intensityWords(2)).toBe("mild pain, 2 out of 10");
    expect(intensityWords(5)).toBe("moderate pain, 5 out of 10");
    expect(intensityWords(9)).toBe("severe pain, 9 out of 10");
  });

  it("gives each whole level its own colour and clamps values off the scale", () => {
    const colours = Array.from({ length: 11 }, (_, level) => intensityColour(level));
    expect(new Set(colours).size).toBe(11);
    expect(intensityColour(-3)).toBe(colours[0]);
    expect(intensityColour(14)).toBe(colours[10]);
  });
});
