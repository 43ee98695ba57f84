import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATLAS_POINTS } from "../atlas/atlas.ts";
import { findTriggerPoints } from "../finder/find.ts";
import type { FindInput } from "../finder/input.ts";
import type { FlagId, RegionId, SymptomId } from "../vocabulary/ids.ts";
import { FLAGS, mirrorRegion, REGIONS, SYMPTOMS, sidedRegions } from "../vocabulary/vocabulary.ts";
import { followUpQuestions } from "./follow-ups.ts";
import { RED_FLAG_RULES } from "./rules.ts";
import { isAtLeast } from "./screen.ts";

type Drawing = [RegionId, number][];

function input(pain: Drawing, extra: Partial<FindInput> = {}): FindInput {
  return { pain: pain.map(([region, intensity]) => ({ region, intensity })), symptoms: [], flags: [], pressTests: [], ...extra };
}
const find = (pain: Drawing, extra: Partial<FindInput> = {}) => findTriggerPoints(input(pain, extra));
const mirror = (pain: Drawing): Drawing => pain.map(([region, intensity]) => [mirrorRegion(region), intensity]);
const NEURO: SymptomId[] = ["numbness-tingling", "weakness"];

/** The drawing: right lower buttock 7, back of the thigh 5, calf 4, sole 3. */
const SCIATICA: Drawing = [
  ["buttock-lower-right", 7],
  ["thigh-back-right", 5],
  ["calf-right", 4],
  ["sole-right", 3],
];
/** The CLI drawing: buttock and back of the thigh only. */
const BUTTOCK_AND_THIGH: Drawing = [
  ["buttock-lower-right", 7],
  ["thigh-back-right", 5],
];
/** Neck into the thumb side of the arm (a C6 band). */
const NECK_TO_THUMB: Drawing = [
  ["neck-back-left", 6],
  ["arm-outer-left", 4],
  ["forearm-dorsal-radial-left", 4],
  ["thumb-left", 3],
];
/** A scalene pattern: shoulder blade, chest, arm and thumb, without neck pain. */
const SCALENE: Drawing = [
  ["chest-left", 4],
  ["scapula-medial-left", 4],
  ["arm-outer-left", 4],
  ["forearm-dorsal-radial-left", 3],
  ["thumb-left", 5],
  ["index-finger-left", 5],
];

describe("nerve-root patterns", () => {
  it.each([
    ["sciatica with numbness and weakness", SCIATICA, NEURO],
    ["sciatica with numbness only", SCIATICA, ["numbness-tingling"]],
    ["sciatica with weakness only", SCIATICA, ["weakness"]],
    ["buttock and back of the thigh with numbness and weakness", BUTTOCK_AND_THIGH, NEURO],
    ["neck down the arm to the thumb with tingling", NECK_TO_THUMB, ["numbness-tingling"]],
    ["the neck and the thumb alone with tingling", [NECK_TO_THUMB[0], NECK_TO_THUMB[3]], ["numbness-tingling"]],
    [
      "the low back and the top of the foot alone with numbness",
      [
        ["lumbar-right", 6],
        ["foot-top-right", 4],
      ],
      ["numbness-tingling"],
    ],
    ["shoulder blade down the arm with tingling and weakness", SCALENE, NEURO],
  ] as [string, Drawing, SymptomId[]][])("asks for a clinician for %s, and for its mirror image", (_, drawing, symptoms) => {
    for (const pain of [drawing, mirror(drawing)]) {
      const result = find(pain, { symptoms });
      expect(result.safety.level).toBe("see-clinician");
      expect(result.safety.reasons.join(" ")).toMatch(/irritated nerve root/);
      expect(result.safety.selfCare).toBe("gently-with-stop-rules");
      expect(result.safety.stopRule).toMatch(/tingling or numbness/);
      expect(result.differentials.map((d) => d.id)).toContain("radiculopathy");
      expect(result.candidates.length).toBeGreaterThan(0);
      expect(result.nextPressTest).toBeUndefined();
    }
  });

  it("keeps weakness that is getting worse urgent, with no press test to try", () => {
    for (const pain of [SCIATICA, mirror(SCIATICA)]) {
      const result = find(pain, { symptoms: NEURO, flags: ["progressive-weakness"] });
      expect(result.safety.level).toBe("urgent");
      expect(result.safety.selfCare).toBe("not-until-checked");
      expect(result.safety.timeFrame).toMatch(/today/);
      expect(result.nextPressTest).toBeUndefined();
    }
  });

  it.each([
    ["numbness between the legs", SCIATICA, ["saddle-numbness"]],
    ["new bladder or bowel trouble", SCIATICA, ["bladder-bowel-change"]],
    ["numbness down both legs", [...SCIATICA, ...mirror(SCIATICA)], []],
  ] as [string, Drawing, FlagId[]][])("keeps the sciatica drawing an emergency with %s", (_, pain, flags) => {
    const result = find(pain, { symptoms: ["numbness-tingling"], flags });
    expect(result.safety.level).toBe("emergency");
    expect(result.safety.reasons.join(" ")).toMatch(/cauda equina/);
    expect(result.safety.reasons.join(" ")).not.toMatch(/pressing may be tried/);
    expect(result.candidates).toEqual([]);
  });

  it("leaves ordinary patterns with tingling at none, offering the nerve condition to rule out", () => {
    const scalene = find(SCALENE, { symptoms: ["numbness-tingling"] });
    expect(scalene.safety.level).toBe("none");
    expect(scalene.differentials.map((d) => d.id)).toContain("radiculopathy");
    const piriformis = find(
      [
        ["sacroiliac-right", 4],
        ["buttock-upper-right", 6],
        ["buttock-lower-right", 6],
        ["thigh-back-right", 5],
      ],
      { symptoms: ["numbness-tingling"] },
    );
    expect(piriformis.safety.level).toBe("none");
    expect(find(SCIATICA).safety.level).toBe("none");
    expect(find(BUTTOCK_AND_THIGH, { symptoms: ["weakness"] }).safety.level).toBe("none");
  });

  it("keeps every atlas pattern at none when drawn with the symptoms the atlas lists for that point", () => {
    const autonomic = new Set<SymptomId>(["sweating", "breathlessness", "nausea"]);
    for (const { point } of ATLAS_POINTS) {
      if (point.symptoms.some((s) => autonomic.has(s))) continue;
      for (const side of ["left", "right"] as const) {
        const opposite = side === "left" ? "right" : "left";
        const zones = point.referral.flatMap((z) =>
          sidedRegions(z.region, z.side === "both" ? "both" : z.side === "opposite" ? opposite : side),
        );
        const pain = [...new Set([...zones, ...sidedRegions(point.location.region, side)])].map(
          (region) => [region, 5] as [RegionId, number],
        );
        expect([point.id, find(pain, { symptoms: point.symptoms }).safety.level]).toEqual([point.id, "none"]);
      }
    }
  });
});

describe("nerve entrapment differentials", () => {
  it("suggests carpal tunnel for tingling on the thumb side of the hand, and thoracic outlet for the inner arm from the collarbone", () => {
    const hand = find(
      [
        ["thumb-right", 4],
        ["index-finger-right", 4],
        ["wrist-volar-right", 3],
      ],
      { symptoms: ["numbness-tingling"] },
    );
    expect(hand.safety.level).toBe("none");
    expect(hand.differentials.map((d) => d.id)).toEqual(["carpal-tunnel"]);
    const outlet = find(
      [
        ["clavicle-left", 4],
        ["arm-inner-left", 4],
        ["forearm-volar-ulnar-left", 3],
        ["little-finger-left", 4],
      ],
      { symptoms: ["numbness-tingling"] },
    );
    expect(outlet.differentials.map((d) => d.id)).toEqual(["thoracic-outlet"]);
    for (const d of [...hand.differentials, ...outlet.differentials]) expect(d.ask).toMatch(/^Ask a clinician/);
  });

  it("names sciatica's shape (buttock down the leg below the knee) to rule out without numbness or weakness, leaving the verdict alone", () => {
    for (const pain of [SCIATICA, mirror(SCIATICA)]) {
      const result = find(pain);
      expect(result.differentials.map((d) => d.id)).toEqual(["radiculopathy"]);
      expect(result.differentials[0]?.why).toMatch(/shape of sciatica/);
      expect(result.safety.level).toBe("none");
      expect(result.safety.selfCare).toBe("go-ahead");
    }
  });

  it("suggests no nerve condition without numbness, tingling or weakness when the pain stops above the knee or stays in the hand", () => {
    expect(find(BUTTOCK_AND_THIGH).differentials).toEqual([]);
    expect(find([["thumb-right", 4]]).differentials).toEqual([]);
    expect(find(NECK_TO_THUMB).differentials).toEqual([]);
  });
});

describe("a verdict that says one thing", () => {
  it("gives an urgent verdict one time frame, and no press test to try", () => {
    const result = find([["thoracic-left", 6]], { flags: ["cancer-history", "constant-night-pain"] });
    expect(result.safety.level).toBe("urgent");
    expect(result.safety.timeFrame).toBe("Get medical care today");
    expect(result.safety.reasons.join(" ")).not.toMatch(/within days|today/);
    expect(result.nextPressTest).toBeUndefined();
    expect(result.safety.stopRule).toBeUndefined();
  });

  it("words no reason with a time frame of its own, so no verdict says two", () => {
    for (const rule of RED_FLAG_RULES)
      expect([rule.id, rule.reason]).not.toEqual([rule.id, expect.stringMatching(/\b(today|now|within|immediately)\b/i)]);
  });

  it("lets self-treatment go ahead, with press tests and a next test, only at none", () => {
    const result = find([
      ["temple-left", 7],
      ["mastoid-left", 5],
    ]);
    expect(result.safety).toMatchObject({ level: "none", selfCare: "go-ahead" });
    expect(result.safety.stopRule).toBeUndefined();
    expect(result.nextPressTest).toBeDefined();
  });
});

describe("follow-up questions", () => {
  it("asks whether weakness is getting worse, and about the saddle area and bladder for numbness in the back or legs", () => {
    const asked = followUpQuestions({ symptoms: NEURO, pain: SCIATICA.map(([region]) => ({ region })) });
    expect(asked.map((q) => q.flag)).toEqual(["saddle-numbness", "bladder-bowel-change", "progressive-weakness"]);
    expect(asked.find((q) => q.flag === "progressive-weakness")?.question).toMatch(/getting worse/);
  });

  it("does not ask about the saddle area for numbness in the hand", () => {
    expect(followUpQuestions({ symptoms: ["numbness-tingling"], pain: [{ region: "thumb-left" }] })).toEqual([]);
    expect(followUpQuestions({ symptoms: ["weakness"], pain: [{ region: "thumb-left" }] }).map((q) => q.flag)).toEqual([
      "progressive-weakness",
    ]);
  });

  it("lists in the verdict only the follow-ups not yet answered yes", () => {
    const result = find(SCIATICA, { symptoms: ["weakness"], flags: ["progressive-weakness"] });
    expect(result.safety.followUps.map((q) => q.flag)).toEqual(["bladder-bowel-change"]);
  });
});

const limbRegions = REGIONS.filter((r) =>
  ["upper-back", "lower-back", "neck", "pelvis", "arm", "forearm", "hand", "thigh", "knee", "leg", "foot"].includes(r.area),
);
const drawingArb = fc.uniqueArray(
  fc.record({ region: fc.constantFrom(...limbRegions.map((r) => r.id)), intensity: fc.integer({ min: 0, max: 10 }) }),
  { selector: (mark) => mark.region, maxLength: 10 },
);
const symptomsArb = fc.uniqueArray(fc.constantFrom(...SYMPTOMS.map((s) => s.id)), { maxLength: 4 });
const flagsArb = fc.uniqueArray(fc.constantFrom(...FLAGS.map((f) => f.id)), { maxLength: 2 });

describe("screening properties", () => {
  it("never lowers the level when numbness or tingling and weakness are added to a limb drawing", () => {
    fc.assert(
      fc.property(drawingArb, symptomsArb, flagsArb, (marks, symptoms, flags) => {
        const pain = marks.map((m) => [m.region, m.intensity] as [RegionId, number]);
        const before = find(pain, { symptoms, flags }).safety.level;
        const after = find(pain, { symptoms: [...new Set([...symptoms, ...NEURO])], flags }).safety.level;
        expect(isAtLeast(after, before)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("asks for at least a clinician when numbness and weakness come with pain from the spine along a leg or arm", () => {
    const starts: RegionId[] = ["lumbar-left", "buttock-lower-left", "sacroiliac-left", "neck-back-left", "neck-base-left"];
    const legBand: RegionId[] = ["thigh-back-left", "calf-left", "sole-left", "thigh-outer-left", "leg-outer-left", "foot-top-left"];
    const armBand: RegionId[] = ["arm-outer-left", "forearm-volar-radial-left", "thumb-left", "arm-inner-left", "little-finger-left"];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.integer({ min: 0, max: 4 }), drawingArb, (start, index, extra) => {
        const band = start.startsWith("neck") ? armBand : legBand;
        const pain: Drawing = [
          [start, 6],
          [band[index] as RegionId, 4],
          ...extra.filter((m) => m.region !== start && m.region !== band[index]).map((m) => [m.region, m.intensity] as [RegionId, number]),
        ];
        for (const drawing of [pain, mirror(pain)])
          expect(isAtLeast(find(drawing, { symptoms: NEURO }).safety.level, "see-clinician")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
