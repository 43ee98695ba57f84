import { describe, expect, it } from "vitest";
import { parseWorkoutMemory, previousFeedback } from "./workout-memory.ts";

const SAVED = {
  activity: "running",
  phase: "pre",
  name: "Before running",
  date: "2026-03-02",
  minutes: 4.5,
  steps: 6,
  areas: ["calf-left"],
};

describe("parseWorkoutMemory", () => {
  it("reads a saved memory with its ratings", () => {
    const memory = parseWorkoutMemory(JSON.stringify({ ...SAVED, afterRating: "worse" }));
    expect(memory).toEqual({ ...SAVED, afterRating: "worse" });
  });

  it("drops ratings, areas and records that are not valid", () => {
    const memory = parseWorkoutMemory(JSON.stringify({ ...SAVED, afterRating: "awful", areas: ["calf-left", "moon"] }));
    expect(memory?.afterRating).toBeUndefined();
    expect(memory?.areas).toEqual(["calf-left"]);
    expect(parseWorkoutMemory(JSON.stringify({ ...SAVED, phase: "during" }))).toBeUndefined();
    expect(parseWorkoutMemory("not json")).toBeUndefined();
    expect(parseWorkoutMemory(null)).toBeUndefined();
  });
});

describe("previousFeedback", () => {
  it("passes on only the ratings given, and nothing before any rating", () => {
    const memory = parseWorkoutMemory(JSON.stringify(SAVED));
    expect(previousFeedback(memory)).toBeUndefined();
    expect(previousFeedback(memory && { ...memory, afterRating: "better" })).toEqual({ afterRating: "better" });
    expect(previousFeedback(memory && { ...memory, afterRating: "same", nextDayCheckIn: "worse" })).toEqual({
      afterRating: "same",
      nextDayCheckIn: "worse",
    });
  });
});
