import { describe, expect, it } from "vitest";
import { minutesInWords } from "./duration.ts";

describe("minutesInWords", () => {
  it.each([
    [3.8, "4 minutes"],
    [4, "4 minutes"],
    [0.4, "1 minute"],
    [1, "1 minute"],
    [60, "1 hour"],
    [75.2, "1 hour 16 minutes"],
  ])("says %d minutes as %s", (minutes, words) => {
    expect(minutesInWords(minutes)).toBe(words);
  });
});
