import { describe, expect, it } from "vitest";
import { asSentence, joinSentences, splitSentences } from "./sentences.ts";

describe("sentences", () => {
  it("joins a position that ends with a full stop to the next instruction without doubling it", () => {
    expect(joinSentences("Sitting with the hand relaxed in your lap.", "grip the muscle")).toBe(
      "Sitting with the hand relaxed in your lap. Grip the muscle.",
    );
    expect(joinSentences("in your lap..", "", "  Grip  ")).toBe("In your lap. Grip.");
  });

  it("capitalises, closes and tidies a fragment", () => {
    expect(asSentence("  press gently , then hold;")).toBe("Press gently, then hold.");
    expect(asSentence("Stop now!")).toBe("Stop now!");
    expect(asSentence('He said "stop."')).toBe('He said "stop."');
    expect(asSentence("   ")).toBe("");
  });

  it("splits a paragraph at sentence ends but not inside abbreviations", () => {
    expect(splitSentences("Lean in. Hold 30 s, e.g. on a wall. 10 strokes then rest")).toEqual([
      "Lean in.",
      "Hold 30 s, e.g. on a wall.",
      "10 strokes then rest.",
    ]);
  });
});
