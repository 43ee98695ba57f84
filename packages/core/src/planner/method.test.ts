import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATLAS_POINTS, findTriggerPoint } from "../atlas/atlas.ts";
import type { TriggerPoint } from "../atlas/types.ts";
import { chooseMethod, isMethodSafe, methodsForTools, type PlannerMethod } from "./method.ts";
import { PreferencesSchema, TOOLS, type PreferencesInput } from "./preferences.ts";

const point = (id: string): TriggerPoint => {
  const entry = findTriggerPoint(id);
  if (!entry) throw new Error(`test fixture: no point ${id}`);
  return entry.point;
};
const prefs = (input: PreferencesInput) => PreferencesSchema.parse(input);
const EVERY_TOOL = [...TOOLS];
const TOOLS_AND_HANDS: readonly PlannerMethod[] = ["large-ball", "small-ball", "foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"];

const prefsArb = fc.record({
  experience: fc.constantFrom("new" as const, "practised" as const),
  painSensitivity: fc.constantFrom("low" as const, "normal" as const, "high" as const),
  tools: fc.subarray(EVERY_TOOL),
});

describe("method choice", () => {
  it("gives a beginner the large soft ball where the atlas lists one", () => {
    const choice = chooseMethod(point("infraspinatus-1"), prefs({ experience: "new", tools: EVERY_TOOL }));
    expect(choice.method).toBe("large-ball");
    expect(choice.reason).toMatch(/new to this/);
    expect(choice.reason).toMatch(/wide area/);
  });

  it("gives a pain-sensitive practised person the large ball too", () => {
    const choice = chooseMethod(point("rhomboids-1"), prefs({ experience: "practised", painSensitivity: "high", tools: EVERY_TOOL }));
    expect(choice.method).toBe("large-ball");
  });

  it("gives a practised person a precise tool for a deep point", () => {
    const choice = chooseMethod(point("rhomboids-1"), prefs({ experience: "practised", tools: ["large-ball", "small-ball", "thumb"] }));
    expect(choice.method).toBe("small-ball");
    expect(choice.reason).toMatch(/deep/);
  });

  it("never puts a ball, tool or massage gun on the front of the neck, whatever the person owns", () => {
    for (const id of ["sternocleidomastoid-sternal-1", "scalenes-anterior-1"]) {
      const choice = chooseMethod(point(id), prefs({ experience: "practised", painSensitivity: "low", tools: EVERY_TOOL }));
      expect(["fingers", "pincer"]).toContain(choice.method);
    }
  });

  it("keeps a ball off a point in the hollow of the armpit and says why", () => {
    const choice = chooseMethod(point("subscapularis-1"), prefs({ experience: "practised", tools: ["large-ball", "small-ball"] }));
    expect(["fingers", "pincer"]).toContain(choice.method);
    expect(choice.reason).toMatch(/armpit/i);
  });

  it("allows a ball, but no hard tool, on muscle beside the armpit", () => {
    const p = point("teres-minor-1");
    expect(p.cautions).toContain("armpit-border");
    expect(isMethodSafe(p, "large-ball").safe).toBe(true);
    for (const method of ["knobbed-tool", "hooked-cane", "massage-gun"] as const) expect(isMethodSafe(p, method).safe).toBe(false);
  });

  it("keeps rollers, hard balls, tools and percussion off the fibular head", () => {
    const p = point("fibularis-longus-1");
    for (const method of ["foam-roller", "small-ball", "knobbed-tool", "hooked-cane", "massage-gun"] as const)
      expect(isMethodSafe(p, method), method).toEqual({ safe: false, reason: expect.stringMatching(/fibula/), caution: "fibular-head" });
    expect(isMethodSafe(p, "fingers").safe).toBe(true);
  });

  it("keeps every tool off the back of the knee and the groin", () => {
    for (const id of ["popliteus-1", "gastrocnemius-3", "iliopsoas-1", "pectineus-1", "adductor-longus-1", "gracilis-1"]) {
      for (const method of TOOLS_AND_HANDS) expect(isMethodSafe(point(id), method).safe, `${method} on ${id}`).toBe(false);
      expect(isMethodSafe(point(id), "fingers").safe).toBe(true);
    }
  });

  it("never chooses a method the safety rules forbid, for any point and any person", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ATLAS_POINTS), prefsArb, ({ point: p }, input) => {
        const choice = chooseMethod(p, prefs(input));
        expect(isMethodSafe(p, choice.method).safe).toBe(true);
        expect(choice.reason.length).toBeGreaterThan(20);
      }),
      { numRuns: 300 },
    );
  });

  it("uses one of the person's own tools or falls back to the hands", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ATLAS_POINTS), prefsArb, ({ point: p }, input) => {
        const choice = chooseMethod(p, prefs(input));
        const own = methodsForTools(input.tools);
        expect(own.has(choice.method) || choice.method === "fingers" || choice.method === "pincer").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never gives a beginner a hard narrow tool", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ATLAS_POINTS), fc.subarray(EVERY_TOOL), ({ point: p }, tools) => {
        const choice = chooseMethod(p, prefs({ experience: "new", tools }));
        expect(["small-ball", "knobbed-tool", "hooked-cane", "massage-gun"]).not.toContain(choice.method);
      }),
      { numRuns: 300 },
    );
  });

  it("offers a practised person the massage gun only on a large muscle with no caution, and never on the neck", () => {
    const gunOnly = prefs({ experience: "practised", tools: ["massage-gun"] });
    expect(chooseMethod(point("vastus-lateralis-1"), gunOnly).method).toBe("massage-gun");
    expect(chooseMethod(point("vastus-lateralis-1"), prefs({ experience: "new", tools: ["massage-gun"] })).method).toBe("fingers");
    expect(chooseMethod(point("gastrocnemius-1"), gunOnly).method).not.toBe("massage-gun");
    expect(isMethodSafe(point("splenius-cervicis-2"), "massage-gun")).toEqual({ safe: false, reason: expect.stringMatching(/neck/) });
  });

  it("falls back to the fingers with a reason when no tool fits", () => {
    const choice = chooseMethod(point("temporalis-1"), prefs({ experience: "practised", tools: ["foam-roller"] }));
    expect(choice.method).toBe("fingers");
    expect(choice.reason).toMatch(/fingers/);
    expect(choice.instructions.length).toBeGreaterThan(20);
  });

  it("falls back to the hands when a beginner owns only a hooked cane", () => {
    const choice = chooseMethod(point("trapezius-upper-1"), prefs({ experience: "new", tools: ["hooked-cane"] }));
    expect(choice.method).toBe("pincer");
    expect(choice.reason).toMatch(/while you learn/);
  });
});
