import { describe, expect, it } from "vitest";
import { formatStartedAt } from "../../shared/format/format-time.ts";
import { changeWords, meanPain } from "../../shared/format/session-summary.ts";

describe("the history page's summaries", () => {
  it("averages ratings to one decimal and says how pain changed", () => {
    const before = [
      { region: "temple-left" as const, intensity: 7 },
      { region: "mastoid-left" as const, intensity: 4 },
    ];
    expect(meanPain(before)).toBe(5.5);
    expect(changeWords(before, [{ region: "temple-left", intensity: 3 }])).toBe("5.5 → 3 (2.5 less)");
    expect(changeWords([], [])).toBe("no ratings");
  });

  it("shows a session's start as the wall clock read where it was recorded", () => {
    expect(formatStartedAt("2026-11-22T08:05:00+09:00")).toMatch(/08:05/);
    expect(formatStartedAt("2026-11-22T08:05:00-05:00")).toMatch(/22/);
  });
});
