import { describe, expect, it } from "vitest";
import { ATLAS_VERSION } from "../atlas/atlas.ts";
import type { DiarySnapshot, StoredAssessment } from "../diary/stored.ts";
import { findTriggerPoints } from "../finder/find.ts";
import { makeCheckIn, makeDiary, makeSession } from "../stats/test-diary.ts";
import { dashboard, type DashboardPerson } from "./dashboard.ts";
import { makeProgramme } from "./test-clinic.ts";

const TODAY = "2026-11-24";

function flaggedAssessment(id: string, date: string): StoredAssessment {
  const pain = [{ region: "thoracic-left" as const, intensity: 6 }];
  const flags = ["cancer-history" as const, "constant-night-pain" as const];
  const instant = `${date}T09:00:00+01:00`;
  const result = findTriggerPoints({ pain, symptoms: [], flags, pressTests: [] });
  return {
    id,
    localDate: date,
    schemaVersion: 1,
    createdAt: instant,
    updatedAt: instant,
    pain,
    symptoms: [],
    flags,
    atlasVersion: ATLAS_VERSION,
    result,
  };
}

const checkIn = (id: string, date: string, pain: number) =>
  makeCheckIn({ id, recordedAt: `${date}T20:00:00+01:00`, ratings: { "scapula-right": pain } });
const run = (id: string, date: string) => ({ ...makeSession({ id, startedAt: `${date}T08:00:00+01:00` }), routineId: "p1" });

const person = (personId: string, name: string, snapshot: DiarySnapshot, programmes = [makeProgramme("p1")]): DashboardPerson => ({
  personId,
  name,
  snapshot,
  programmes,
});

const keeping = [
  run("a", "2026-11-02"),
  run("b", "2026-11-04"),
  run("c", "2026-11-06"),
  run("d", "2026-11-09"),
  run("e", "2026-11-11"),
  run("f", "2026-11-13"),
];
const steady = makeDiary({ sessions: [...keeping, run("g", "2026-11-16"), run("h", "2026-11-18"), run("i", "2026-11-20")] });
const slipping = makeDiary({ sessions: keeping });
const worse = makeDiary({ sessions: steady.sessions, checkIns: [checkIn("w1", "2026-11-10", 2), checkIn("w2", "2026-11-21", 6)] });
const flagged = makeDiary({ sessions: steady.sessions, assessments: [flaggedAssessment("as", "2026-11-15")] });
const oldFlag = makeDiary({ sessions: steady.sessions, assessments: [flaggedAssessment("old", "2026-09-01")] });

describe("dashboard", () => {
  it("puts a red flag first, then worse pain, then falling adherence, then the rest by name", () => {
    const rows = dashboard(
      [
        person("1", "Ann", steady),
        person("2", "Bea", slipping),
        person("3", "Cy", worse),
        person("4", "Dee", flagged),
        person("5", "Ed", oldFlag),
      ],
      TODAY,
    );
    expect(rows.map((row) => [row.name, row.attention.map((a) => a.kind)])).toEqual([
      ["Dee", ["red-flag"]],
      ["Cy", ["pain-worse"]],
      ["Bea", ["adherence-falling"]],
      ["Ann", []],
      ["Ed", []],
    ]);
  });

  it("gives each reason in words the clinician can act on", () => {
    const [flag, pain, adherence] = dashboard([person("2", "Bea", slipping), person("3", "Cy", worse), person("4", "Dee", flagged)], TODAY);
    expect(flag?.attention[0]?.reason).toMatch(/^Red flag \((urgent|see clinician)\) in the assessment of 2026-11-15: /);
    expect(pain?.attention[0]?.reason).toBe("Pain is worse: 6.0/10 on average this week, against 2.0/10 in the two weeks before.");
    expect(adherence?.attention[0]?.reason).toBe(
      'Adherence is falling: 67 % of the sessions of "Shoulder blade programme" done so far, fewer in week 3 (0 of 3 sessions).',
    );
  });

  it("ranks the larger rise in pain first among people whose pain is worse", () => {
    const bit = makeDiary({ checkIns: [checkIn("a", "2026-11-10", 3), checkIn("b", "2026-11-21", 4.5)] });
    const lot = makeDiary({ checkIns: [checkIn("a", "2026-11-10", 2), checkIn("b", "2026-11-21", 7)] });
    expect(dashboard([person("1", "Al", bit, []), person("2", "Zo", lot, [])], TODAY).map((row) => row.name)).toEqual(["Zo", "Al"]);
  });

  it("reads the current programme's adherence and the last session date", () => {
    const [row] = dashboard([person("1", "Ann", steady)], TODAY);
    expect(row?.adherence).toMatchObject({ programmeId: "p1", rate: 1, trend: "steady" });
    expect(row?.lastSessionOn).toBe("2026-11-20");
  });
});
