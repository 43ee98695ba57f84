import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_PREFS, parseSavedPrefs } from "./plan-prefs.ts";

describe("parseSavedPrefs", () => {
  it("gives the gentle defaults when nothing is saved or the text is not JSON", () => {
    expect(parseSavedPrefs(null)).toEqual(DEFAULT_PLAN_PREFS);
    expect(parseSavedPrefs("{not json")).toEqual(DEFAULT_PLAN_PREFS);
    expect(parseSavedPrefs("[1,2]")).toEqual(DEFAULT_PLAN_PREFS);
  });

  it("keeps valid saved fields", () => {
    const saved = { experience: "practised", tools: ["foam-roller"], minutesAvailable: 20, painCeiling: 6, timesPerDay: 2 };
    expect(parseSavedPrefs(JSON.stringify(saved))).toEqual({ ...DEFAULT_PLAN_PREFS, ...saved });
  });

  it("never lets a saved pain ceiling above 7 through, falling back to the default of 5", () => {
    expect(parseSavedPrefs(JSON.stringify({ painCeiling: 9 })).painCeiling).toBe(5);
  });

  it("replaces only the fields that are no longer valid", () => {
    const prefs = parseSavedPrefs(JSON.stringify({ tools: ["chainsaw"], minutesAvailable: 15, unknown: true }));
    expect(prefs.tools).toEqual(DEFAULT_PLAN_PREFS.tools);
    expect(prefs.minutesAvailable).toBe(15);
    expect(prefs).not.toHaveProperty("unknown");
  });
});
