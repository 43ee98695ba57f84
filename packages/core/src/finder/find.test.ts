import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegionId } from "../vocabulary/ids.ts";
import { mirrorRegion, REGIONS } from "../vocabulary/vocabulary.ts";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { findTriggerPoints } from "./find.ts";
import { parseFindInput, type FindInput } from "./input.ts";
import { rankTriggerPoints } from "./rank.ts";
import { pointInstances } from "./zones.ts";
import { drawingEvidence } from "./evidence.ts";
import { atlasIndex } from "./atlas-index.ts";
import { evidenceToScore } from "./model.ts";
import { ATLAS_POINTS } from "../atlas/atlas.ts";

function input(pain: [RegionId, number][], extra: Partial<FindInput> = {}): FindInput {
  return { pain: pain.map(([region, intensity]) => ({ region, intensity })), symptoms: [], flags: [], pressTests: [], ...extra };
}

const muscles = (pain: [RegionId, number][], extra: Partial<FindInput> = {}) => [
  ...new Set(findTriggerPoints(input(pain, extra)).candidates.map((c) => c.muscle)),
];

const regionIds = REGIONS.map((r) => r.id);
const drawingArb = fc.uniqueArray(fc.record({ region: fc.constantFrom(...regionIds), intensity: fc.integer({ min: 0, max: 10 }) }), {
  selector: (mark) => mark.region,
  maxLength: 12,
});

describe("finder ranking", () => {
  it("ranks upper trapezius first for a temple-and-neck drawing", () => {
    expect(
      muscles(
        [
          ["temple-left", 7],
          ["mastoid-left", 5],
          ["neck-back-left", 4],
        ],
        { symptoms: ["headache"] },
      )[0],
    ).toBe("trapezius");
  });

  it("puts soleus among the first three for heel pain", () => {
    expect(muscles([["heel-right", 7]]).slice(0, 3)).toContain("soleus");
  });

  it("lets several points of one muscle explain a drawing together, naming the partner points", () => {
    const result = findTriggerPoints(
      input([
        ["iliac-crest-left", 7],
        ["hip-side-left", 5],
        ["sacroiliac-left", 6],
        ["buttock-lower-left", 4],
      ]),
    );
    const ql = result.candidates.find((c) => c.muscle === "quadratus-lumborum");
    expect(ql?.withPoints?.length).toBeGreaterThan(0);
    expect(ql?.why).toMatch(/Together with .* of the same muscle/);
    expect([...new Set(result.candidates.map((c) => c.muscle))].slice(0, 3)).toContain("quadratus-lumborum");
  });

  it("explains each candidate in words, and what it leaves out of its own area", () => {
    const [first] = findTriggerPoints(
      input([
        ["temple-left", 7],
        ["heel-left", 3],
      ]),
    ).candidates;
    expect(first?.explains).toContain("temple-left");
    expect(first?.unexplained).toContain("heel-left");
    expect(first?.why).toMatch(/temple \(left\)/);
    // The heel is a separate painful area with candidates of its own: not this point's gap.
    expect(first?.why).not.toMatch(/heel/);
    const temporalis = findTriggerPoints(
      input([
        ["temple-left", 7],
        ["mastoid-left", 5],
      ]),
    ).candidates.find((c) => c.muscle === "temporalis");
    expect(temporalis?.why).toMatch(/does not explain the behind the ear \(left\)/);
  });

  it("gives a small combination that together explains a two-area drawing", () => {
    const result = findTriggerPoints(
      input([
        ["temple-left", 7],
        ["heel-left", 6],
      ]),
    );
    const covered = result.combination.flatMap((m) => m.explains);
    expect(covered).toEqual(expect.arrayContaining(["temple-left", "heel-left"]));
    expect(result.combination.length).toBeLessThanOrEqual(4);
  });

  it("raises a point whose press test reproduces the pain and lowers one that does nothing", () => {
    const base = input([["shoulder-back-left", 6]]);
    const before = rankTriggerPoints(base).map((r) => r.candidate.triggerPoint);
    const third = before[2] as string;
    const after = rankTriggerPoints({ ...base, pressTests: [{ triggerPoint: third, result: "reproduces" }] }).map(
      (r) => r.candidate.triggerPoint,
    );
    expect(after.indexOf(third)).toBeLessThan(2);
    const first = before[0] as string;
    const lowered = rankTriggerPoints({ ...base, pressTests: [{ triggerPoint: first, result: "nothing" }] }).map(
      (r) => r.candidate.triggerPoint,
    );
    expect(lowered.indexOf(first)).toBeGreaterThan(0);
  });

  it("names an untested leading candidate as the next press test, with how to find and press it", () => {
    const base = input([
      ["temple-left", 7],
      ["mastoid-left", 5],
    ]);
    const next = findTriggerPoints(base).nextPressTest;
    expect(next).toBeDefined();
    expect(findTriggerPoint(next?.triggerPoint ?? "")).toBeDefined();
    expect(next?.find.length).toBeGreaterThan(10);
    const again = findTriggerPoints({ ...base, pressTests: [{ triggerPoint: next?.triggerPoint ?? "", result: "tender" }] }).nextPressTest;
    expect(again?.triggerPoint).not.toBe(next?.triggerPoint);
  });

  it("offers no candidates in an emergency", () => {
    const result = findTriggerPoints(input([["chest-left", 8]], { symptoms: ["sweating"] }));
    expect(result.safety.level).toBe("emergency");
    expect(result.candidates).toEqual([]);
  });
});

/** Words with their sides swapped: "head on the left" ↔ "head on the right", "temple (left)" ↔ "temple (right)". */
const mirrorWords = (text: string) => text.replace(/\b(left|right)\b/g, (side: string) => (side === "left" ? "right" : "left"));

describe("finder properties", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(drawingArb, (pain) => {
        const a = findTriggerPoints(input(pain.map((p) => [p.region, p.intensity])));
        const b = findTriggerPoints(input(pain.map((p) => [p.region, p.intensity])));
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });

  it("never lowers a trigger point's score on its side when a region inside its essential zone is added", () => {
    const instances = pointInstances(ATLAS_POINTS);
    fc.assert(
      fc.property(
        drawingArb,
        fc.integer({ min: 0, max: instances.length - 1 }),
        fc.integer({ min: 0, max: 10 }),
        (pain, index, intensity) => {
          const instance = instances[index];
          if (!instance) return;
          const essential = [...instance.zones].filter(([, kind]) => kind === "essential").map(([region]) => region);
          const added = essential.find((region) => !pain.some((p) => p.region === region));
          if (!added) return;
          const drawing = new Map(pain.map((p) => [p.region, p.intensity] as [RegionId, number]));
          const evidenceOf = (d: ReadonlyMap<RegionId, number>) => {
            const table = drawingEvidence(atlasIndex(ATLAS_POINTS), d, [], []);
            return table.touched.includes(index) ? (table.global[index] as number) : -Infinity;
          };
          const before = evidenceOf(drawing);
          const after = evidenceOf(new Map([...drawing, [added, intensity]]));
          expect(evidenceToScore(after)).toBeGreaterThanOrEqual(evidenceToScore(before));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives no candidates and no error for an empty drawing", () => {
    const result = findTriggerPoints(input([]));
    expect(result.candidates).toEqual([]);
    expect(result.safety.level).toBe("none");
  });

  it("gives mirrored results when near-equal scores come from sums in another order", () => {
    const drawing: [RegionId, number][] = [
      ["forehead-left", 3],
      ["neck-base-right", 3],
      ["thigh-front-right", 3],
      ["thigh-front-left", 3],
    ];
    const mirrored = drawing.map(([region, intensity]) => [mirrorRegion(region), intensity] as [RegionId, number]);
    const ids = (d: [RegionId, number][]) => findTriggerPoints(input(d)).candidates.map((c) => c.triggerPoint);
    expect(ids(mirrored)).toEqual(ids(drawing));
  });

  it("gives mirrored results for a mirrored drawing", () => {
    const mirrorSide = (side: string) => (side === "left" ? "right" : side === "right" ? "left" : side);
    fc.assert(
      fc.property(drawingArb, (pain) => {
        const drawing = pain.map((p) => [p.region, p.intensity] as [RegionId, number]);
        const mirrored = drawing.map(([region, intensity]) => [mirrorRegion(region), intensity] as [RegionId, number]);
        const a = findTriggerPoints(input(drawing));
        const b = findTriggerPoints(input(mirrored));
        expect(b.candidates.map((c) => [c.triggerPoint, c.score, c.share, c.side, c.forArea])).toEqual(
          a.candidates.map((c) => [c.triggerPoint, c.score, c.share, mirrorSide(c.side), mirrorWords(c.forArea)]),
        );
        expect([b.confidence?.level, b.confidence?.triggerPoint, b.nextPressTest?.triggerPoint]).toEqual([
          a.confidence?.level,
          a.confidence?.triggerPoint,
          a.nextPressTest?.triggerPoint,
        ]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("finder input", () => {
  it("names the field of bad input", () => {
    expect(parseFindInput({ pain: [{ region: "templ-left" }] })).toMatchObject({ ok: false, field: "pain[0].region" });
    expect(parseFindInput({ pain: [{ region: "temple-left", intensity: 11 }] })).toMatchObject({ ok: false, field: "pain[0].intensity" });
    expect(parseFindInput({ symptoms: [] })).toMatchObject({ ok: false, field: "pain" });
    expect(parseFindInput({ pain: [], flags: ["nope"] })).toMatchObject({ ok: false, field: "flags[0]" });
  });

  it("fills in defaults", () => {
    expect(parseFindInput({ pain: [{ region: "vertex" }] })).toEqual({
      ok: true,
      value: { pain: [{ region: "vertex", intensity: 5 }], symptoms: [], flags: [], pressTests: [] },
    });
  });
});
