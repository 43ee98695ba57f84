import { describe, expect, it } from "vitest";
import { findTriggerPoints } from "../finder/find.ts";
import type { FindInput } from "../finder/input.ts";
import { clinicianNotes, findingsAsPressTests, withClinicianFindings } from "./finder-evidence.ts";
import { makeFinding } from "./test-clinic.ts";

const headache: FindInput = {
  pain: [
    { region: "temple-left", intensity: 6 },
    { region: "neck-back-left", intensity: 4 },
  ],
  symptoms: ["headache"],
  flags: [],
  pressTests: [],
};

const rankOf = (input: FindInput, point: string) => findTriggerPoints(input).candidates.findIndex((c) => c.triggerPoint === point);

describe("findingsAsPressTests", () => {
  it("answers reproduces for a confirmed active point, tender for a band without the familiar pain, nothing for no criteria", () => {
    const tests = findingsAsPressTests([
      makeFinding({ id: "a", triggerPoint: "trapezius-upper-1" }),
      makeFinding({
        id: "b",
        triggerPoint: "trapezius-upper-2",
        status: "latent",
        criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: false },
      }),
      makeFinding({
        id: "c",
        triggerPoint: "infraspinatus-1",
        side: "right",
        criteria: { tautBand: false, hypersensitiveSpot: false, recognisedReferredPain: false },
      }),
    ]);
    expect(tests).toEqual([
      { triggerPoint: "infraspinatus-1", result: "nothing" },
      { triggerPoint: "trapezius-upper-1", result: "reproduces" },
      { triggerPoint: "trapezius-upper-2", result: "tender" },
    ]);
  });

  it("does not count an active judgement missing recognised referred pain as reproducing it", () => {
    const finding = makeFinding({
      id: "a",
      criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: false, localTwitchResponse: true },
    });
    expect(findingsAsPressTests([finding])).toEqual([{ triggerPoint: "trapezius-upper-1", result: "tender" }]);
  });

  it("takes the newest examination of a point and side, whatever the order given", () => {
    const old = makeFinding({ id: "old", examinedAt: "2026-11-01T10:00:00+01:00" });
    const newer = makeFinding({
      id: "new",
      examinedAt: "2026-11-15T10:00:00+01:00",
      criteria: { tautBand: false, hypersensitiveSpot: false, recognisedReferredPain: false },
    });
    expect(findingsAsPressTests([old, newer])).toEqual([{ triggerPoint: "trapezius-upper-1", result: "nothing" }]);
    expect(findingsAsPressTests([newer, old])).toEqual([{ triggerPoint: "trapezius-upper-1", result: "nothing" }]);
  });

  it("lets the stronger side stand for a point examined on both sides", () => {
    const left = makeFinding({ id: "l", side: "left" });
    const right = makeFinding({
      id: "r",
      side: "right",
      criteria: { tautBand: false, hypersensitiveSpot: false, recognisedReferredPain: false },
    });
    expect(findingsAsPressTests([right, left])).toEqual([{ triggerPoint: "trapezius-upper-1", result: "reproduces" }]);
  });
});

describe("withClinicianFindings", () => {
  it("moves a point the clinician found active up the finder's ranking, as a reproduces answer would", () => {
    const before = findTriggerPoints(headache).candidates;
    const lower = before.find((c, index) => index > 0 && c.triggerPoint !== before[0]?.triggerPoint);
    expect(lower).toBeDefined();
    const point = lower?.triggerPoint ?? "";
    const finding = makeFinding({ id: "f", triggerPoint: point, side: lower?.side === "right" ? "right" : "left" });
    const withFinding = withClinicianFindings(headache, [finding]);
    expect(rankOf(withFinding, point)).toBeLessThan(rankOf(headache, point));
    expect(findTriggerPoints(withFinding).candidates).toEqual(
      findTriggerPoints({ ...headache, pressTests: [{ triggerPoint: point, result: "reproduces" }] }).candidates,
    );
  });

  it("replaces the person's own answer on an examined point and keeps their other answers", () => {
    const input = {
      ...headache,
      pressTests: [
        { triggerPoint: "trapezius-upper-1", result: "nothing" as const },
        { triggerPoint: "splenius-capitis-1", result: "tender" as const },
      ],
    };
    const merged = withClinicianFindings(input, [makeFinding({ id: "f" })]);
    expect(merged.pressTests).toEqual([
      { triggerPoint: "splenius-capitis-1", result: "tender" },
      { triggerPoint: "trapezius-upper-1", result: "reproduces" },
    ]);
  });
});

describe("clinicianNotes", () => {
  it("says what the clinician found per point in words, with side and date", () => {
    const notes = clinicianNotes([makeFinding({ id: "f" })]);
    expect(notes.get("trapezius-upper-1")).toBe("Your clinician found this point active on the left (2026-11-20).");
  });
});
