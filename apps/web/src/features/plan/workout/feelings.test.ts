import { ACTIVITIES } from "@unknot/core/planner";
import { describe, expect, it } from "vitest";
import { checkInAreas, keyAreas, toFeelings, type FeelingKey, type FeelingWord } from "./feelings.ts";

describe("workout feelings", () => {
  it("lists an activity's key areas once each, in its order", () => {
    expect(keyAreas(ACTIVITIES.running.points).slice(0, 3)).toEqual(["calf", "shin", "buttock-upper"]);
  });

  it("turns an area rated for both sides into one feeling per side, and keeps an added sided region as it is", () => {
    const rated = new Map<FeelingKey, FeelingWord>([
      ["calf", "stiff"],
      ["temple-left", "sore"],
    ]);
    expect(toFeelings(rated)).toEqual([
      { region: "calf-left", feeling: "stiff" },
      { region: "calf-right", feeling: "stiff" },
      { region: "temple-left", feeling: "sore" },
    ]);
  });

  it("checks in on the stiff or sore areas, or on the activity's first areas when all were fine", () => {
    expect(checkInAreas(new Map([["calf", "sore"]]), ["shin"])).toEqual(["calf-left", "calf-right"]);
    expect(checkInAreas(new Map([["calf", "fine"]]), ["shin", "calf", "sole"])).toEqual([
      "shin-left",
      "shin-right",
      "calf-left",
      "calf-right",
    ]);
  });
});
