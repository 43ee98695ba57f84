import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeCheckIn, makeDiary, makePgic, makePsfs, makeSession, NOVEMBER } from "../stats/test-diary.ts";
import { outcomeChange } from "./change.ts";
import { verdictRank } from "./judge.ts";
import { outcomesSummary } from "./summary.ts";

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T08:00:00+01:00`;
const activities = (a: number, b: number, c: number) => ({ "turning my head": a, "sleeping on my side": b, "carrying shopping": c });
const painOn = (day: number, intensity: number) =>
  makeCheckIn({ id: `c${day}`, recordedAt: at(day), ratings: { "temple-left": intensity, "neck-back-left": intensity } });

/** A first PSFS on 2 November, three weekly check-ins, and pain at each. */
function programme(scores: [number, number, number][], pain: number[], pgic?: number) {
  const days = [2, 9, 16, 23];
  return makeDiary({
    outcomes: [
      ...scores.map((s, i) => makePsfs(`psfs${i}`, at(days[i] ?? 0), activities(...s))),
      ...(pgic !== undefined ? [makePgic("pgic", at(23), pgic)] : []),
    ],
    checkIns: pain.map((p, i) => painOn(days[i] ?? 0, p)),
  });
}

describe("outcomeChange", () => {
  it("finds a meaningful change in pain, function and impression after three weekly check-ins", () => {
    const change = outcomeChange(
      programme(
        [
          [3, 4, 2],
          [4, 4, 3],
          [5, 6, 4],
          [6, 6, 5],
        ],
        [6, 5, 4, 3],
        6,
      ),
      NOVEMBER,
    );
    expect(change.pain).toMatchObject({ baseline: { average: 6, from: "2026-11-02" }, latest: { average: 3 }, change: -3, percent: -50 });
    expect(change.pain?.verdict).toBe("improved");
    expect(change.psfs).toMatchObject({
      baseline: { date: "2026-11-02", average: 3 },
      latest: { date: "2026-11-23" },
      verdict: "improved",
    });
    expect(change.psfs?.change).toBeCloseTo(17 / 3 - 3);
    expect(change.pgic).toMatchObject({ score: 6, label: "Much improved", verdict: "improved" });
    expect(change).toMatchObject({ overall: "improved", advice: "keep-going", daysFollowed: 21, start: "2026-11-02", notJudged: [] });
  });

  it("says plainly after three weeks that nothing changed enough, and suggests re-checking", () => {
    const change = outcomeChange(
      programme(
        [
          [3, 4, 2],
          [3, 4, 3],
          [4, 4, 3],
          [4, 5, 3],
        ],
        [6, 6, 5, 5],
        5,
      ),
      NOVEMBER,
    );
    expect(change).toMatchObject({ overall: "no-change", advice: "recheck", daysFollowed: 21 });
  });

  it("does not call it before measures are a week apart, and says why", () => {
    const change = outcomeChange(programme([[3, 4, 2]], [6]), NOVEMBER);
    expect(change.overall).toBe("not-enough-data");
    expect(change.advice).toBe("keep-measuring");
    expect(change.notJudged.map((n) => n.measure)).toEqual(["pain", "psfs", "pgic"]);
    expect(change.notJudged[0]?.reason).toMatch(/at least 7 days/);
  });

  it("does not count a first week's worth of no change as a fair trial", () => {
    const change = outcomeChange(
      programme(
        [
          [3, 4, 2],
          [3, 4, 2],
        ],
        [6, 6],
      ),
      NOVEMBER,
    );
    expect(change).toMatchObject({ overall: "no-change", advice: "keep-measuring", daysFollowed: 7 });
  });

  it("suggests a clinician when things got meaningfully worse", () => {
    const change = outcomeChange(
      programme(
        [
          [5, 5, 5],
          [3, 3, 2],
        ],
        [3, 6],
        2,
      ),
      NOVEMBER,
    );
    expect(change).toMatchObject({ overall: "worse", advice: "see-clinician" });
  });

  it("compares the same activities, and starts a new baseline when the activities change", () => {
    const diary = makeDiary({
      outcomes: [
        makePsfs("old", at(2), { typing: 2, "climbing stairs": 2, "lifting a child": 2 }),
        makePsfs("first", at(9), activities(3, 3, 3)),
        makePsfs("later", at(20), { ...activities(6, 5, 4), typing: 9 }),
      ],
    });
    const change = outcomeChange(diary, NOVEMBER);
    expect(change.psfs?.baseline.id).toBe("old");
    expect(change.psfs?.activities).toEqual([{ activity: "typing", baseline: 2, latest: 9 }]);
    const renamed = makeDiary({
      outcomes: [diary.outcomes[0], diary.outcomes[1], makePsfs("later", at(20), activities(6, 5, 4))].flatMap((o) => (o ? [o] : [])),
    });
    expect(outcomeChange(renamed, NOVEMBER).psfs).toMatchObject({
      baseline: { id: "first", average: 3 },
      latest: { average: 5 },
      verdict: "improved",
    });
  });

  it("reads pain from sessions' ratings before treatment too, not the ones just after", () => {
    const diary = makeDiary({
      sessions: [
        makeSession({ id: "s1", startedAt: at(2), before: { "temple-left": 7 }, after: { "temple-left": 1 } }),
        makeSession({ id: "s2", startedAt: at(12), before: { "temple-left": 6 }, after: { "temple-left": 0 } }),
      ],
    });
    expect(outcomeChange(diary, NOVEMBER).pain).toMatchObject({ baseline: { average: 7 }, latest: { average: 6 }, verdict: "no-change" });
  });

  it("only uses the measures of the NOVEMBER", () => {
    const diary = programme(
      [
        [3, 4, 2],
        [6, 6, 6],
      ],
      [6, 2],
      7,
    );
    const later = outcomeChange(diary, { from: "2026-11-05", to: "2026-11-30" });
    expect(later.notJudged.map((n) => n.measure)).toEqual(["pain", "psfs"]);
    expect(later).toMatchObject({ start: "2026-11-09", pgic: { score: 7 }, overall: "improved" });
    expect(outcomeChange(diary, { from: "2026-11-10", to: "2026-11-30" }).overall).toBe("not-enough-data");
    expect(() => outcomeChange(diary, { from: "2026-11-30", to: "2026-11-01" })).toThrow(/^to: must not be before from/);
  });
});

describe("a better latest score never makes the verdict worse", () => {
  const psfsScores = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }));
  const input = fc.record({
    first: psfsScores,
    last: psfsScores,
    painFirst: fc.integer({ min: 0, max: 10 }),
    painLast: fc.integer({ min: 0, max: 10 }),
    pgic: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
    gains: psfsScores,
    painGain: fc.integer({ min: 0, max: 10 }),
    pgicGain: fc.integer({ min: 0, max: 6 }),
  });

  it("holds for PSFS, pain and PGIC improved together or alone", () => {
    fc.assert(
      fc.property(input, fc.constantFrom("psfs", "pain", "pgic", "all"), (v, which) => {
        const before = programme([v.first, v.last], [v.painFirst, v.painLast], v.pgic);
        const last: [number, number, number] =
          which === "psfs" || which === "all"
            ? ([0, 1, 2].map((i) => Math.min(10, v.last[i]! + v.gains[i]!)) as [number, number, number])
            : v.last;
        const painLast = which === "pain" || which === "all" ? Math.max(0, v.painLast - v.painGain) : v.painLast;
        const pgic = v.pgic !== undefined && (which === "pgic" || which === "all") ? Math.min(7, v.pgic + v.pgicGain) : v.pgic;
        const after = programme([v.first, last], [v.painFirst, painLast], pgic);
        // The PGIC lands on day 23 in `programme`, so it is judged; the two PSFS are a week apart.
        const rank = (diary: typeof before) => verdictRank(outcomeChange(diary, NOVEMBER).overall);
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
      { numRuns: 300 },
    );
  });
});

describe("outcomesSummary", () => {
  it("lists the function trend, the impressions and the rules with their sources", () => {
    const summary = outcomesSummary(
      programme(
        [
          [3, 4, 2],
          [6, 6, 5],
        ],
        [6, 3],
        7,
      ),
      NOVEMBER,
    );
    expect(summary.psfs.map((p) => [p.date, p.average])).toEqual([
      ["2026-11-02", 3],
      ["2026-11-09", 17 / 3],
    ]);
    expect(summary.pgic).toEqual([expect.objectContaining({ date: "2026-11-23", score: 7, label: "Very much improved" })]);
    expect(summary.thresholds.find((t) => t.measure === "pain")?.sources).toEqual(["farrar2001", "dworkin2008"]);
    expect(summary.thresholds.find((t) => t.measure === "psfs")?.sources).toContain("horn2012");
  });
});
