import { describe, expect, it } from "vitest";
import { alignLines, localSeconds, markerSize, periodAxis } from "./trend-data.ts";

const DAY = 86_400;
const FOUR_WEEKS = { from: "2026-11-03", to: "2026-11-30" };

describe("the progress chart's time axis", () => {
  it("spans the chosen period when only one day was rated, with that day inside it", () => {
    const [min, max] = periodAxis(FOUR_WEEKS);
    expect(min).toBe(localSeconds("2026-11-03") - DAY / 2);
    expect(max).toBe(localSeconds("2026-11-30") + DAY / 2);
    const { dates } = alignLines([{ label: "Temple, left", trend: [{ date: "2026-11-30", average: 5, max: 5, count: 1 }] }]);
    const point = localSeconds(dates[0]!);
    expect(point).toBeGreaterThan(min);
    expect(point).toBeLessThan(max);
    // about 28 days, not the years uPlot shows when left to fit a single point
    expect(Math.round((max - min) / DAY)).toBe(28);
  });

  it("reads dates as local midnights a day apart", () => {
    expect(localSeconds("2026-11-30") - localSeconds("2026-11-29")).toBe(DAY);
    expect(new Date(localSeconds("2026-11-30") * 1000).getDate()).toBe(30);
  });

  it("keeps both areas rated on the same day, and draws the earlier one's marker larger so neither hides the other", () => {
    const aligned = alignLines([
      { label: "Back of the neck, left", trend: [{ date: "2026-11-30", average: 5, max: 5, count: 1 }] },
      { label: "Temple, left", trend: [{ date: "2026-11-30", average: 5, max: 5, count: 1 }] },
    ]);
    expect(aligned).toEqual({ dates: ["2026-11-30"], values: [[5], [5]] });
    expect(markerSize(0, 2)).toBeGreaterThan(markerSize(1, 2));
  });

  it("leaves a gap where an area was not rated", () => {
    const aligned = alignLines([
      { label: "A", trend: [{ date: "2026-11-03", average: 4.26, max: 4.26, count: 2 }] },
      { label: "B", trend: [{ date: "2026-11-10", average: 3, max: 3, count: 1 }] },
    ]);
    expect(aligned).toEqual({
      dates: ["2026-11-03", "2026-11-10"],
      values: [
        [4.3, null],
        [null, 3],
      ],
    });
  });
});
