import { describe, expect, it } from "vitest";
import { ATLAS } from "../atlas/atlas.ts";
import { POSITION_LABELS, classifyPosition, type PositionKind } from "./position-kind.ts";

const positions = ATLAS.flatMap((muscle) => muscle.triggerPoints.flatMap((point) => point.treatments.map((t) => t.position)));

/** What a position's opening words say, read independently of the classifier's own patterns. */
function openingKind(text: string): PositionKind | undefined {
  if (/^(Kneel|Face down on all fours)/.test(text)) return "all-fours";
  if (/^(Lying face down|Face down)/.test(text)) return "face-down";
  if (/^(Lying on your side|Lie on your side|Lying on the side|Side-lying)/.test(text)) return "side";
  if (/^Lying on your back/.test(text)) return "face-up";
  if (/^(Sitting|Sit)\b/.test(text)) return "sitting";
  if (/^Standing[^,]*\b(wall|door frame)/.test(text)) return "standing-wall";
  if (/^Standing\b/.test(text)) return "standing";
  return undefined;
}

describe("position pictogram classifier", () => {
  it("gives every atlas technique a real position, never the fallback", () => {
    expect(positions.length).toBeGreaterThan(400);
    const unplaced = positions.filter((text) => classifyPosition(text) === "neutral");
    expect(unplaced).toEqual([]);
  });

  it("agrees with how each atlas position opens", () => {
    const disagreements = positions.flatMap((text) => {
      const expected = openingKind(text);
      return expected && classifyPosition(text) !== expected ? [`${expected} ≠ ${classifyPosition(text)}: ${text}`] : [];
    });
    expect(disagreements).toEqual([]);
    // Nearly every position opens with its posture; the few that do not are read further in.
    expect(positions.filter((text) => openingKind(text) === undefined).length).toBeLessThan(positions.length / 20);
  });

  it("draws the first option of a choice and keeps the wall with its own clause", () => {
    expect(classifyPosition("Lying on your back or standing against a wall, the ball on the spot.")).toBe("face-up");
    expect(classifyPosition("Standing or lying on your side, sore side up.")).toBe("standing");
    expect(classifyPosition("Standing facing a door frame or wall corner, the soft ball below the collarbone.")).toBe("standing-wall");
    expect(classifyPosition("Standing, the cane hooked round your waist.")).toBe("standing");
    expect(classifyPosition("Face down on all fours with the roller under one shin.")).toBe("all-fours");
    expect(classifyPosition("Lying face down, rolled a little onto the side you are treating.")).toBe("face-down");
    expect(classifyPosition("Standing with your back to a wall, knees bent as if to sit.")).toBe("standing-wall");
  });

  it("falls back to a neutral pictogram when the text names no position", () => {
    expect(classifyPosition("")).toBe("neutral");
    expect(classifyPosition("Wherever you are comfortable.")).toBe("neutral");
    expect(POSITION_LABELS[classifyPosition("Anywhere.")]).toBe("Any comfortable position");
  });
});
