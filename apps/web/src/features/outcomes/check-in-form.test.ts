import { describe, expect, it } from "vitest";
import { checkInDue, emptyRows, firstPsfsProblem, toItems, weeklyProblem } from "./check-in-form.ts";

describe("first PSFS form", () => {
  it("starts with three empty rows and names the first row that is not ready", () => {
    const rows = emptyRows();
    expect(rows).toHaveLength(3);
    expect(firstPsfsProblem(rows)).toBe("Name at least 3 activities (so far: 0).");
    expect(firstPsfsProblem([{ activity: "", score: 4 }, ...rows])).toBe("Activity 1: write what pain makes hard.");
    const named = [
      { activity: "Turning my head", score: 3 },
      { activity: " turning  my head ", score: 4 },
      { activity: "Typing", score: undefined },
    ];
    expect(firstPsfsProblem(named)).toBe("Activity 2: is the same as another activity.");
    expect(firstPsfsProblem([named[0]!, { activity: "Sleeping", score: 2 }, named[2]!])).toBe("Activity 3: tap a score from 0 to 10.");
    expect(firstPsfsProblem(named.slice(0, 2))).toBe("Activity 2: is the same as another activity.");
  });

  it("skips blank rows: only Activity 1 filled asks for more activities, never to remove a row", () => {
    const rows = emptyRows();
    rows[0] = { activity: "Typing", score: 4 };
    expect(firstPsfsProblem(rows)).toBe("Name at least 3 activities (so far: 1).");
    const withGap = [
      { activity: "Typing", score: 4 },
      { activity: "  ", score: undefined },
      { activity: "Sleeping", score: 2 },
      { activity: "", score: undefined },
      { activity: "Driving", score: 6 },
    ];
    expect(firstPsfsProblem(withGap)).toBeUndefined();
    expect(toItems(withGap).map((item) => item.activity)).toEqual(["Typing", "Sleeping", "Driving"]);
  });

  it("is ready when three to five rows are named and scored, and trims the names", () => {
    const rows = [
      { activity: " Turning my head ", score: 3 },
      { activity: "Sleeping", score: 0 },
      { activity: "Typing", score: 10 },
    ];
    expect(firstPsfsProblem(rows)).toBeUndefined();
    expect(toItems(rows)[0]).toEqual({ activity: "Turning my head", score: 3 });
  });
});

describe("weekly check-in", () => {
  it("asks for every activity's score and the overall change", () => {
    expect(weeklyProblem(["Typing", "Sleeping"], [3, undefined], 5)).toBe('Tap a score for "Sleeping".');
    expect(weeklyProblem(["Typing"], [3], undefined)).toMatch(/overall/);
    expect(weeklyProblem(["Typing"], [0], 4)).toBeUndefined();
  });

  it("is due a week after the last one", () => {
    expect(checkInDue("2026-11-02", "2026-11-08")).toEqual({ next: "2026-11-09", due: false, daysSince: 6 });
    expect(checkInDue("2026-11-02", "2026-11-09").due).toBe(true);
  });
});
