import { describe, expect, it } from "vitest";
import { explainsWords } from "./explains-words.ts";

describe("how much of the drawing a candidate explains", () => {
  it("speaks of the one place when only one was marked, never of '1 of the place'", () => {
    expect(explainsWords(1, 1)).toBe("Explains the place you marked");
    expect(explainsWords(0, 1)).toBe("Does not explain the place you marked");
  });

  it("counts the places when several were marked", () => {
    expect(explainsWords(1, 3)).toBe("Explains 1 of the 3 places you marked");
    expect(explainsWords(2, 2)).toBe("Explains 2 of the 2 places you marked");
  });
});
