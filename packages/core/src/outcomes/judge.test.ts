import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judgePainChange, judgePgic, judgePsfsChange, overallVerdict, verdictRank, type ChangeVerdict } from "./judge.ts";

const score = fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10);
const verdictArb = fc.constantFrom<ChangeVerdict>("improved", "no-change", "worse");

/** For any baseline and latest score, a latest score made `better` by some amount never gets a worse verdict. */
function neverWorseForBetter(judge: (baseline: number, latest: number) => ChangeVerdict, better: (latest: number, by: number) => number) {
  fc.assert(
    fc.property(score, score, score, (baseline, latest, by) => {
      expect(verdictRank(judge(baseline, better(latest, by)))).toBeGreaterThanOrEqual(verdictRank(judge(baseline, latest)));
    }),
  );
}

describe("judgePainChange", () => {
  it("calls a fall of 2 points, or of 30 % and at least 1 point, meaningful", () => {
    expect(judgePainChange(6, 4)).toBe("improved");
    expect(judgePainChange(3, 2)).toBe("improved"); // 1 point is 33 %
    expect(judgePainChange(8, 6.5)).toBe("no-change"); // 1.5 points is 19 %
    expect(judgePainChange(1, 0.6)).toBe("no-change"); // 40 %, but less than a point
    expect(judgePainChange(0, 0)).toBe("no-change");
  });

  it("meets a threshold that averages land on with rounding error", () => {
    expect(judgePainChange((7 + 6 + 5) / 3 + 1e-12, 4)).toBe("improved");
  });

  it("calls a rise of the same size worse", () => {
    expect(judgePainChange(4, 6)).toBe("worse");
    expect(judgePainChange(0, 1.5)).toBe("no-change");
    expect(judgePainChange(0, 2)).toBe("worse");
  });

  it("never gives a worse verdict for less pain at the end", () => {
    neverWorseForBetter(judgePainChange, (latest, less) => Math.max(0, latest - less));
  });
});

describe("judgePsfsChange", () => {
  it("needs 2 points on the average either way", () => {
    expect(judgePsfsChange(3, 5)).toBe("improved");
    expect(judgePsfsChange(3, 4.9)).toBe("no-change");
    expect(judgePsfsChange(5, 3)).toBe("worse");
  });

  it("never gives a worse verdict for a higher latest score", () => {
    neverWorseForBetter(judgePsfsChange, (latest, more) => Math.min(10, latest + more));
  });
});

describe("judgePgic", () => {
  it("counts much or very much improved, and much or very much worse", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(judgePgic)).toEqual(["worse", "worse", "no-change", "no-change", "no-change", "improved", "improved"]);
  });
});

describe("overallVerdict", () => {
  it("combines the measures", () => {
    expect(overallVerdict([])).toBe("not-enough-data");
    expect(overallVerdict(["no-change", "improved"])).toBe("improved");
    expect(overallVerdict(["worse", "no-change"])).toBe("worse");
    expect(overallVerdict(["worse", "improved"])).toBe("mixed");
    expect(overallVerdict(["no-change"])).toBe("no-change");
  });

  it("never gets worse when one measure's verdict gets better", () => {
    fc.assert(
      fc.property(fc.array(verdictArb, { minLength: 1, maxLength: 3 }), fc.nat(), (verdicts, pick) => {
        const index = pick % verdicts.length;
        const current = verdicts[index] as ChangeVerdict;
        const up: ChangeVerdict = current === "worse" ? "no-change" : "improved";
        const better = verdicts.map((v, i) => (i === index ? up : v));
        expect(verdictRank(overallVerdict(better))).toBeGreaterThanOrEqual(verdictRank(overallVerdict(verdicts)));
      }),
    );
  });
});
