import { describe, expect, it } from "vitest";
import { timeAxisRange } from "./usePainChart.ts";

describe("timeAxisRange", () => {
  it("keeps the range a page asks for", () => {
    expect(timeAxisRange([100, 200], [0, 1000])).toEqual([0, 1000]);
  });

  it("gives a single moment half a day either side, rather than uPlot's thousand-day axis", () => {
    const noon = Date.UTC(2026, 10, 30, 12) / 1000;
    expect(timeAxisRange([noon])).toEqual([noon - 43_200, noon + 43_200]);
    expect(timeAxisRange([noon, noon])).toEqual([noon - 43_200, noon + 43_200]);
  });

  it("leaves several moments to uPlot's own fit", () => {
    expect(timeAxisRange([100, 200])).toBeUndefined();
    expect(timeAxisRange([])).toBeUndefined();
  });
});
