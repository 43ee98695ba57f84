import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { sessionDrop, triggerPointEffects } from "./effect.ts";
import { diaryArb, makeDiary, makeSession } from "./test-diary.ts";

const diary = makeDiary({
  sessions: [
    makeSession({
      id: "s1",
      startedAt: "2026-11-02T08:00:00+01:00",
      points: [{ triggerPoint: "trapezius-upper-1" }, { triggerPoint: "levator-scapulae-1" }],
      before: { "neck-back-left": 6, "temple-left": 4 },
      after: { "neck-back-left": 2, "temple-left": 3 },
    }),
    makeSession({
      id: "s2",
      startedAt: "2026-11-04T08:00:00+01:00",
      points: [{ triggerPoint: "trapezius-upper-1" }],
      before: { "neck-back-left": 5 },
      after: { "neck-back-left": 4 },
    }),
    // Worked twice with two methods, and not rated afterwards.
    makeSession({
      id: "s3",
      startedAt: "2026-11-18T08:00:00+01:00",
      points: [
        { triggerPoint: "trapezius-upper-1", method: "pincer" },
        { triggerPoint: "trapezius-upper-1", method: "small-ball" },
      ],
      before: { "neck-back-left": 4 },
    }),
  ],
});

describe("sessionDrop", () => {
  it("averages before − after over the regions rated both ways only", () => {
    expect(
      sessionDrop({
        painBefore: [
          { region: "temple-left", intensity: 6 },
          { region: "jaw-left", intensity: 4 },
        ],
        painAfter: [{ region: "temple-left", intensity: 2 }],
      }),
    ).toBe(4);
  });

  it("has no drop for a session without after-ratings or without a shared region", () => {
    expect(sessionDrop({ painBefore: [{ region: "temple-left", intensity: 6 }], painAfter: [] })).toBeUndefined();
    expect(
      sessionDrop({ painBefore: [{ region: "temple-left", intensity: 6 }], painAfter: [{ region: "jaw-left", intensity: 1 }] }),
    ).toBeUndefined();
  });

  it("shows an increase in pain as a negative drop", () => {
    expect(sessionDrop({ painBefore: [{ region: "heel-left", intensity: 2 }], painAfter: [{ region: "heel-left", intensity: 5 }] })).toBe(
      -3,
    );
  });
});

describe("triggerPointEffects", () => {
  it("gives nothing for an empty diary", () => {
    expect(triggerPointEffects(makeDiary())).toEqual([]);
  });

  it("counts each session once per point, credits its drop to every point worked, most-worked first", () => {
    const [trapezius, levator] = triggerPointEffects(diary);
    const atlas = findTriggerPoint("trapezius-upper-1");
    expect(trapezius).toMatchObject({
      triggerPoint: "trapezius-upper-1",
      name: atlas?.point.name,
      muscle: atlas?.muscle.name,
      sessions: 3,
      ratedSessions: 2,
      averageDrop: (2.5 + 1) / 2,
    });
    expect(levator).toMatchObject({ triggerPoint: "levator-scapulae-1", sessions: 1, ratedSessions: 1, averageDrop: 2.5 });
  });

  it("follows the drop week by week, with null for weeks without after-ratings", () => {
    expect(triggerPointEffects(diary)[0]?.weekly).toEqual([
      { week: "2026-11-02", sessions: 2, averageDrop: 1.75 },
      { week: "2026-11-16", sessions: 1, averageDrop: null },
    ]);
  });

  it("limits itself to the range when one is given", () => {
    const effects = triggerPointEffects(diary, { from: "2026-11-03", to: "2026-11-30" });
    expect(effects.map((effect) => [effect.triggerPoint, effect.sessions, effect.averageDrop])).toEqual([["trapezius-upper-1", 2, 1]]);
  });

  it("puts the larger drop first when points were worked equally often", () => {
    const tie = makeDiary({
      sessions: [
        makeSession({
          id: "a",
          startedAt: "2026-11-02T08:00:00Z",
          points: [{ triggerPoint: "infraspinatus-1" }],
          before: { "shoulder-front-left": 6 },
          after: { "shoulder-front-left": 5 },
        }),
        makeSession({
          id: "b",
          startedAt: "2026-11-03T08:00:00Z",
          points: [{ triggerPoint: "gluteus-minimus-posterior-1" }],
          before: { "thigh-outer-left": 6 },
          after: { "thigh-outer-left": 2 },
        }),
        makeSession({ id: "c", startedAt: "2026-11-04T08:00:00Z", points: [{ triggerPoint: "gluteus-medius-1" }] }),
      ],
    });
    expect(triggerPointEffects(tie).map((effect) => effect.triggerPoint)).toEqual([
      "gluteus-minimus-posterior-1",
      "infraspinatus-1",
      "gluteus-medius-1",
    ]);
  });

  it("refuses a bad range with a message naming the field", () => {
    expect(() => triggerPointEffects(diary, { from: "2026-13-01" })).toThrow(/^from: /);
  });

  it("keeps weekly counts consistent with the totals for any diary", () => {
    fc.assert(
      fc.property(diaryArb, (snapshot) => {
        const effects = triggerPointEffects(snapshot);
        for (const effect of effects) {
          expect(effect.weekly.reduce((sum, week) => sum + week.sessions, 0)).toBe(effect.sessions);
          expect(effect.ratedSessions).toBeLessThanOrEqual(effect.sessions);
          expect(effect.averageDrop === null).toBe(effect.ratedSessions === 0);
        }
        const worked = snapshot.sessions.filter((session) =>
          session.points.some((point) => point.triggerPoint === effects[0]?.triggerPoint),
        );
        expect(effects[0]?.sessions ?? 0).toBe(worked.length);
        effects.slice(1).forEach((effect, i) => expect(effect.sessions).toBeLessThanOrEqual(effects[i]?.sessions ?? 0));
      }),
    );
  });
});
