import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegionId } from "../vocabulary/ids.ts";
import { REGIONS } from "../vocabulary/vocabulary.ts";
import { findTriggerPoints, type FindResult } from "./find.ts";
import type { FindInput, PressTestEntry } from "./input.ts";

function input(pain: [RegionId, number][], pressTests: PressTestEntry[] = [], symptoms: FindInput["symptoms"] = []): FindInput {
  return { pain: pain.map(([region, intensity]) => ({ region, intensity })), symptoms, flags: [], pressTests };
}

const headache: [RegionId, number][] = [
  ["temple-left", 7],
  ["mastoid-left", 5],
];

/** A candidate's standing: its score, its share of its area, and its place among the candidates of its area. */
function standing(result: FindResult, triggerPoint: string) {
  const candidate = result.candidates.find((c) => c.triggerPoint === triggerPoint);
  if (!candidate) return undefined;
  const sameArea = result.candidates.filter((c) => c.forArea === candidate.forArea);
  return { score: candidate.score, share: candidate.share, place: sameArea.indexOf(candidate) };
}

describe("the press-test loop", () => {
  it("puts a point that brought on the familiar pain at the top, unless another confirmed point fits better", () => {
    const before = findTriggerPoints(input(headache)).candidates;
    const challenger = before.find((c, i) => i > 0 && c.muscle !== before[0]?.muscle);
    expect(challenger).toBeDefined();
    const id = challenger?.triggerPoint ?? "";
    const after = findTriggerPoints(input(headache, [{ triggerPoint: id, result: "reproduces" }]));
    expect(after.candidates[0]?.triggerPoint).toBe(id);
    expect(after.candidates[0]?.why).toMatch(/brought on your familiar pain/);
    // Both confirmed: the drawing decides between them again.
    const leader = before[0]?.triggerPoint ?? "";
    const both = findTriggerPoints(
      input(headache, [
        { triggerPoint: id, result: "reproduces" },
        { triggerPoint: leader, result: "reproduces" },
      ]),
    );
    expect(both.candidates[0]?.triggerPoint).toBe(leader);
  });

  it("lowers a point that was only tender and says it is probably not the cause", () => {
    const leader = findTriggerPoints(input(headache)).candidates[0];
    const after = findTriggerPoints(input(headache, [{ triggerPoint: leader?.triggerPoint ?? "", result: "tender" }]));
    const tested = after.candidates.find((c) => c.triggerPoint === leader?.triggerPoint);
    expect(tested?.share).toBeLessThan(leader?.share ?? 0);
    expect(tested?.why).toMatch(/tender but did not bring on your familiar pain/);
  });

  it("suggests the leader first when it is well ahead, then stops once it brought on the familiar pain", () => {
    const drawing: [RegionId, number][] = [...headache, ["neck-back-left", 4]];
    const first = findTriggerPoints(input(drawing, [], ["headache"]));
    expect(first.confidence).toMatchObject({ level: "high", found: false, triggerPoint: "trapezius-upper-1" });
    expect(first.nextPressTest).toMatchObject({ triggerPoint: "trapezius-upper-1", reason: "well-ahead" });
    expect(first.nextPressTest?.why).toMatch(/well ahead .*test it first/);
    const found = findTriggerPoints(input(drawing, [{ triggerPoint: "trapezius-upper-1", result: "reproduces" }], ["headache"]));
    expect(found.confidence).toMatchObject({ level: "high", found: true });
    expect(found.confidence?.summary).toMatch(/You have probably found the source/);
    expect(found.nextPressTest).toBeUndefined();
  });

  it("never suggests a test twice, and keeps choosing among plausible candidates as answers come in", () => {
    const tests: PressTestEntry[] = [];
    for (let round = 0; round < 8; round++) {
      const result = findTriggerPoints(input([["shoulder-back-left", 6]], tests));
      const next = result.nextPressTest;
      if (!next) break;
      expect(tests.map((t) => t.triggerPoint)).not.toContain(next.triggerPoint);
      expect(result.candidates.find((c) => c.triggerPoint === next.triggerPoint)?.share).toBeGreaterThanOrEqual(0.02);
      expect(next.why.length).toBeGreaterThan(20);
      tests.push({ triggerPoint: next.triggerPoint, result: "nothing" });
    }
    expect(tests.length).toBeGreaterThan(4);
  });
});

describe("several painful areas", () => {
  const twoAreas: [RegionId, number][] = [...headache, ["heel-right", 7], ["sole-right", 5]];

  it("puts the likeliest source of each separate area near the top and says which area each is for", () => {
    const result = findTriggerPoints(input(twoAreas));
    const areas = [...new Set(result.candidates.map((c) => c.forArea))];
    expect(areas).toEqual(expect.arrayContaining(["head on the left", "foot on the right"]));
    const firstThree = result.candidates.slice(0, 3).map((c) => c.forArea);
    expect(firstThree).toContain("head on the left");
    expect(firstThree).toContain("foot on the right");
    expect(result.confidence?.summary).toMatch(/2 separate painful areas/);
  });

  it("starts the combination with the likeliest source of each area", () => {
    const result = findTriggerPoints(input(twoAreas));
    const firstOfArea = (area: string) => result.candidates.find((c) => c.forArea === area)?.triggerPoint;
    expect(result.combination.slice(0, 2).map((m) => m.triggerPoint)).toEqual(
      expect.arrayContaining([firstOfArea("head on the left"), firstOfArea("foot on the right")]),
    );
  });
});

describe("the combination after a press test found nothing", () => {
  const headAndNeck: [RegionId, number][] = [
    ["temple-left", 5],
    ["neck-back-left", 5],
  ];

  it("offers, for each region, the likeliest point not pressed with no effect", () => {
    const before = findTriggerPoints(input(headAndNeck, [], ["headache", "stiffness"]));
    const pressed = before.combination[0]?.triggerPoint ?? "";
    expect(pressed).not.toBe("");
    const after = findTriggerPoints(input(headAndNeck, [{ triggerPoint: pressed, result: "nothing" }], ["headache", "stiffness"]));
    // The model only lowers its odds, so it may still be listed; the combination must not name it.
    expect(after.candidates.map((c) => c.triggerPoint)).toContain(pressed);
    expect(after.combination.map((m) => m.triggerPoint)).not.toContain(pressed);
    expect(new Set(after.combination.flatMap((m) => m.explains))).toEqual(new Set(["temple-left", "neck-back-left"]));
    expect(after.leftUnexplained).toBeUndefined();
  });

  it("says which pain nothing is left to explain when every listed point was pressed with no effect", () => {
    const pain: [RegionId, number][] = [["heel-right", 6]];
    const listed = findTriggerPoints(input(pain)).candidates.map((c) => c.triggerPoint);
    const tests = listed.map((triggerPoint) => ({ triggerPoint, result: "nothing" as const }));
    const after = findTriggerPoints(input(pain, tests));
    // Every point that explains the heel was pressed: the list keeps them, the combination has none left.
    expect(after.candidates.every((c) => listed.includes(c.triggerPoint))).toBe(true);
    expect(after.combination).toEqual([]);
    expect(after.leftUnexplained).toEqual(["heel-right"]);
  });

  it("lets a later answer replace an earlier one: a point that brought on the pain after all is offered again", () => {
    const before = findTriggerPoints(input(headAndNeck, [], ["headache", "stiffness"]));
    const pressed = before.combination[0]?.triggerPoint ?? "";
    const tests: PressTestEntry[] = [
      { triggerPoint: pressed, result: "nothing" },
      { triggerPoint: pressed, result: "reproduces" },
    ];
    expect(findTriggerPoints(input(headAndNeck, tests, ["headache", "stiffness"])).combination.map((m) => m.triggerPoint)).toContain(
      pressed,
    );
  });
});

const regionIds = REGIONS.map((r) => r.id);
const drawingArb = fc.uniqueArray(fc.record({ region: fc.constantFrom(...regionIds), intensity: fc.integer({ min: 0, max: 10 }) }), {
  selector: (mark) => mark.region,
  minLength: 1,
  maxLength: 10,
});
const answerArb = fc.constantFrom<PressTestEntry["result"]>("reproduces", "tender", "nothing");

/** A drawing, one of its first candidates to press, and up to two answers already given on other candidates. */
const pressCaseArb = fc
  .record({ pain: drawingArb, pick: fc.nat(), earlier: fc.array(fc.record({ pick: fc.nat(), result: answerArb }), { maxLength: 2 }) })
  .map(({ pain, pick, earlier }) => {
    const base = input(pain.map((p) => [p.region, p.intensity]));
    const ids = findTriggerPoints(base).candidates.map((c) => c.triggerPoint);
    // Among the first ten, so a point that rises cannot be pushed off the list of twenty by others that rise too.
    const target = ids[pick % Math.max(1, Math.min(10, ids.length))];
    const tests = earlier
      .map((e) => ({ triggerPoint: ids[e.pick % Math.max(1, ids.length)] ?? "", result: e.result }))
      .filter((t, i, all) => t.triggerPoint !== target && all.findIndex((u) => u.triggerPoint === t.triggerPoint) === i);
    return { base: { ...base, pressTests: tests }, target };
  })
  .filter((c): c is { base: FindInput; target: string } => c.target !== undefined);

function pressed(base: FindInput, target: string, result: PressTestEntry["result"]) {
  const before = standing(findTriggerPoints(base), target);
  const after = standing(findTriggerPoints({ ...base, pressTests: [...base.pressTests, { triggerPoint: target, result }] }), target);
  return { before, after };
}

describe("press-test properties", () => {
  it("a familiar-pain answer never lowers that point", () => {
    fc.assert(
      fc.property(pressCaseArb, ({ base, target }) => {
        const { before, after } = pressed(base, target, "reproduces");
        if (!before) return;
        expect(after).toBeDefined();
        expect(after?.score).toBeGreaterThanOrEqual(before.score);
        expect(after?.share).toBeGreaterThanOrEqual(before.share);
        expect(after?.place).toBeLessThanOrEqual(before.place);
      }),
      { numRuns: 80 },
    );
  });

  it("a 'nothing' answer never raises that point, and neither does 'tender only'", () => {
    fc.assert(
      fc.property(pressCaseArb, fc.constantFrom<PressTestEntry["result"]>("nothing", "tender"), ({ base, target }, result) => {
        const { before, after } = pressed(base, target, result);
        if (!before || !after) return;
        expect(after.score).toBeLessThanOrEqual(before.score);
        expect(after.share).toBeLessThanOrEqual(before.share);
        expect(after.place).toBeGreaterThanOrEqual(before.place);
      }),
      { numRuns: 80 },
    );
  });

  it("is deterministic with press answers", () => {
    fc.assert(
      fc.property(pressCaseArb, ({ base }) => {
        expect(findTriggerPoints(base)).toEqual(findTriggerPoints(JSON.parse(JSON.stringify(base)) as FindInput));
      }),
      { numRuns: 40 },
    );
  });
});
