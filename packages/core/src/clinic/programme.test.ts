import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATLAS_POINTS, findTriggerPoint } from "../atlas/atlas.ts";
import { methodSafety } from "../atlas/method-rules.ts";
import { SessionMethodSchema } from "../diary/records.ts";
import { sidesOf } from "../finder/zones.ts";
import { methodsForTools } from "../planner/method.ts";
import { TOOLS } from "../planner/preferences.ts";
import { parseProgramme, type ProgrammePoint, programmeEndsOn, safeMethodsFor, suggestedDose } from "./programme.ts";
import { programmeRoutine } from "./programme-routine.ts";
import { makeProgramme, programmeDraft } from "./test-clinic.ts";

// Loosely typed on purpose: several tests give fields the schema must refuse.
const point = (spec: Record<string, unknown>) =>
  ({
    triggerPoint: "infraspinatus-1",
    side: "right",
    method: "large-ball",
    dose: { kind: "hold", seconds: 60 },
    ...spec,
  }) as ProgrammePoint;

describe("parseProgramme", () => {
  it("accepts a valid programme and fills in the default pain ceiling of 5 and no movements", () => {
    const parsed = parseProgramme(programmeDraft());
    expect(parsed.ok && parsed.value.painCeiling).toBe(5);
    expect(parsed.ok && parsed.value.movements).toEqual([]);
  });

  it.each([
    [{ painCeiling: 8 }, "painCeiling: must be at most 7"],
    [{ painCeiling: 0 }, "painCeiling: must be from 1 to 7"],
    [{ timesPerWeek: 0 }, "timesPerWeek: must be from 1 to 14"],
    [{ weeks: 2.5 }, "weeks: must be a whole number"],
    [{ startsOn: "2026-02-30" }, "startsOn: must be a calendar date"],
    [{ title: "  " }, "title: must not be empty"],
    [{ tools: [] }, "tools: name at least one tool"],
    [{ tools: ["hammer"] }, 'tools[0]: unknown tool "hammer"'],
    [{ points: [] }, "points: a programme needs at least one point"],
    [{ points: [point({ dose: { kind: "hold", seconds: 2 } })] }, "points[0].dose.seconds: must be from 5 to 600"],
    [{ points: [point({ side: "midline" })] }, "points[0].side: must be left or right"],
    [{ movements: [{ name: "" }] }, "movements[0].name: must not be empty"],
  ])("names the field of a bad programme %#", (change, message) => {
    const parsed = parseProgramme(programmeDraft(change as never));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("refuses a ball on the front of the neck, saying why, whatever tools the person has", () => {
    const draft = programmeDraft({
      tools: [...TOOLS],
      points: [point({ triggerPoint: "sternocleidomastoid-sternal-1", side: "left", method: "small-ball" })],
    });
    const parsed = parseProgramme(draft);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(
        /^points\[0\]\.method: small hard ball is not safe on [^:]+: the caution "Front and side of the neck" rules it out\. The carotid .*never a ball/i,
      );
  });

  it("refuses a method the person's tools do not allow", () => {
    const parsed = parseProgramme(programmeDraft({ tools: ["thumb"], points: [point({ method: "large-ball" })] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^points\[0\]\.method: .* needs a tool the person has not got/);
  });

  it("accepts a point and method exactly when the method is safe there and the tools allow it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ATLAS_POINTS),
        fc.constantFrom(...SessionMethodSchema.options),
        fc.subarray([...TOOLS], { minLength: 1 }),
        ({ point: atlasPoint }, method, tools) => {
          const side = sidesOf(atlasPoint)[0];
          const parsed = parseProgramme(programmeDraft({ tools, points: [point({ triggerPoint: atlasPoint.id, side, method })] }));
          const expected = methodSafety(atlasPoint, method).safe && methodsForTools(tools).has(method);
          expect(parsed.ok).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("safeMethodsFor", () => {
  it("offers only methods that are safe and in the person's tools, the atlas's listed ones first", () => {
    expect(safeMethodsFor("infraspinatus-1", ["thumb", "large-ball", "small-ball"])).toEqual([
      "large-ball",
      "small-ball",
      "fingers",
      "pincer",
    ]);
    expect(safeMethodsFor("sternocleidomastoid-sternal-1", [...TOOLS])).not.toContain("small-ball");
    expect(safeMethodsFor("sternocleidomastoid-sternal-1", [...TOOLS])).not.toContain("massage-gun");
    expect(safeMethodsFor("no-such-point", [...TOOLS])).toEqual([]);
  });

  it("never offers a method the programme would refuse", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ATLAS_POINTS), fc.subarray([...TOOLS], { minLength: 1 }), ({ point: atlasPoint }, tools) => {
        for (const method of safeMethodsFor(atlasPoint.id, tools))
          expect(methodSafety(atlasPoint, method).safe && methodsForTools(tools).has(method)).toBe(true);
      }),
    );
  });

  it("suggests the atlas's dose for a listed method and a 60-second hold otherwise", () => {
    expect(suggestedDose("no-such-point", "fingers")).toEqual({ kind: "hold", seconds: 60 });
    const listed = findTriggerPoint("infraspinatus-1")?.point.treatments[0];
    expect(suggestedDose("infraspinatus-1", listed?.method ?? "fingers")).toMatchObject({ kind: listed?.dose.kind });
  });
});

describe("programmeEndsOn", () => {
  it("is the last day of the last week", () => {
    expect(programmeEndsOn({ startsOn: "2026-11-02", weeks: 4 })).toBe("2026-11-29");
    expect(programmeEndsOn({ startsOn: "2026-12-28", weeks: 1 })).toBe("2027-01-03");
  });
});

describe("programmeRoutine", () => {
  it("runs the clinician's points and doses in order, then the movements, under the programme's ceiling", () => {
    const programme = makeProgramme("p1", {
      painCeiling: 4,
      movements: [{ name: "Arm across the chest", instructions: "Hold 30 seconds." }],
    });
    const routine = programmeRoutine(programme);
    expect(routine.steps.map((step) => [step.kind, step.triggerPoint, step.method, step.dose])).toEqual([
      ["point", "infraspinatus-1", "large-ball", { kind: "hold", seconds: 60 }],
      ["movement", undefined, undefined, { kind: "hold", seconds: 30 }],
    ]);
    expect(routine.painCeiling).toBe(4);
    expect(routine.steps[0]?.instructions).toContain("at or below 4 out of 10");
    expect(routine.steps[0]?.instructions).toContain("Work the right side.");
    expect(routine.stopRules.join(" ")).toMatch(/passes 4 out of 10/);
    expect(routine.steps[1]?.instructions).toBe("Arm across the chest: Hold 30 seconds.");
  });

  it("never states a pain figure above the programme's ceiling in a step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), (ceiling) => {
        const routine = programmeRoutine(makeProgramme("p", { painCeiling: ceiling }));
        for (const step of routine.steps)
          for (const match of step.instructions.matchAll(/(\d+) out of 10/g)) expect(Number(match[1])).toBeLessThanOrEqual(ceiling);
      }),
    );
  });
});
