import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BACKUP_SCHEMA_VERSION, backupSnapshot, backupText, buildBackup, parseBackup, serializeBackup } from "./backup.ts";
import {
  diaryArb,
  makeAssessment,
  makeCheckIn,
  makeDiary,
  makeGoal,
  makePgic,
  makePressTest,
  makePsfs,
  makeRoutine,
  makeSession,
} from "./test-diary.ts";

const person = { id: "person-1", displayName: "Sam" };
const exportedAt = "2026-11-30T18:00:00+01:00";

const diary = makeDiary({
  assessments: [makeAssessment("a1", "2026-10-29T18:00:00+01:00")],
  routines: [makeRoutine("r1", "2026-10-30T20:00:00+01:00")],
  pressTests: [makePressTest("p1", "2026-10-29T18:10:00+01:00", "trapezius-upper-1", "reproduces")],
  sessions: ["s1", "s2", "s3", "s4"].map((id, i) =>
    makeSession({
      id,
      startedAt: `2026-11-0${i + 2}T08:00:00+01:00`,
      points: [{ triggerPoint: "trapezius-upper-1", seconds: 90 }],
      before: { "neck-back-left": 5 },
      after: { "neck-back-left": 3 },
      notes: 'Felt "better", then tight again,\nnext morning',
    }),
  ),
  checkIns: [makeCheckIn({ id: "c1", recordedAt: "2026-11-03T21:00:00+01:00", ratings: { "temple-left": 0 } })],
  outcomes: [
    makePsfs("o1", "2026-11-02T07:55:00+01:00", { "turning my head": 3, "sleeping on my side": 4, typing: 5 }),
    makePgic("o2", "2026-11-30T08:00:00+01:00", 6),
  ],
  goals: [makeGoal("g1", "2026-11-02T07:50:00+01:00", 3)],
});

/** The backup as plain JSON data, to break on purpose. */
const editable = (): Record<string, unknown> & { sessions: Record<string, unknown>[] } =>
  JSON.parse(serializeBackup(buildBackup(diary, person, exportedAt)));
const refuse = (data: unknown) => {
  const result = parseBackup(JSON.stringify(data));
  if (result.ok) throw new Error("expected the backup to be refused");
  return result.error;
};

/** The backup text made page by page, with pages of `size` records, joined. */
async function pagedText(snapshot: typeof diary, size: number): Promise<string> {
  async function* pages(records: readonly unknown[]) {
    for (let i = 0; i < records.length; i += size) yield records.slice(i, i + size);
  }
  let text = "";
  for await (const piece of backupText(person, exportedAt, (collection) => pages(snapshot[collection]))) text += piece;
  return text;
}

describe("backup text made a page at a time", () => {
  it("is the same file as the one made at once, whatever the page size", async () => {
    const whole = serializeBackup(buildBackup(diary, person, exportedAt));
    for (const size of [1, 2, 3, 1000]) expect(await pagedText(diary, size)).toBe(whole);
    const empty = makeDiary({});
    expect(await pagedText(empty, 10)).toBe(serializeBackup(buildBackup(empty, person, exportedAt)));
  });

  it("is the same file for any diary", async () => {
    await fc.assert(
      fc.asyncProperty(diaryArb, fc.integer({ min: 1, max: 5 }), async (snapshot, size) => {
        expect(await pagedText(snapshot, size)).toBe(serializeBackup(buildBackup(snapshot, person, exportedAt)));
      }),
      { numRuns: 50 },
    );
  });
});

describe("backup round trip", () => {
  it("reads back a realistic diary exactly, assessment results and routines included", () => {
    const backup = buildBackup(diary, person, exportedAt);
    const parsed = parseBackup(serializeBackup(backup));
    expect(parsed).toEqual({ ok: true, backup });
    if (parsed.ok) expect(backupSnapshot(parsed.backup)).toEqual(diary);
  });

  it("reads a version 1 backup, made before outcome measures existed, with no outcomes and no goals", () => {
    const { outcomes: _outcomes, goals: _goals, ...older } = editable();
    const parsed = parseBackup(JSON.stringify({ ...older, schemaVersion: 1 }));
    expect(parsed.ok && backupSnapshot(parsed.backup)).toEqual({ ...diary, outcomes: [], goals: [] });
  });

  it("reads back an empty diary", () => {
    const parsed = parseBackup(serializeBackup(buildBackup(makeDiary(), person, exportedAt)));
    expect(parsed.ok && backupSnapshot(parsed.backup)).toEqual(makeDiary());
  });

  it("reads back any generated diary without loss", () => {
    fc.assert(
      fc.property(diaryArb, fc.string({ maxLength: 30 }), (snapshot, displayName) => {
        const backup = buildBackup(snapshot, { id: "p", displayName }, exportedAt);
        const parsed = parseBackup(JSON.stringify(backup));
        expect(parsed).toEqual({ ok: true, backup });
        expect(parsed.ok && backupSnapshot(parsed.backup)).toEqual(snapshot);
      }),
      { numRuns: 60 },
    );
  });
});

describe("backup refusals", () => {
  it("names the path of a bad rating", () => {
    const data = editable();
    (data.sessions[3] as { painBefore: { intensity: number }[] }).painBefore[0] = {
      ...(data.sessions[3] as { painBefore: object[] }).painBefore[0],
      intensity: 11,
    };
    expect(refuse(data)).toBe("sessions[3].painBefore[0].intensity: must be from 0 to 10");
  });

  it("says which field is missing", () => {
    const data = editable();
    delete (data.checkIns as Record<string, unknown>[])[0]?.recordedAt;
    expect(refuse(data)).toBe("checkIns[0].recordedAt: is missing");
  });

  it("refuses unknown regions and trigger points by name", () => {
    const data = editable();
    data.checkIns = [{ ...(data.checkIns as object[])[0], ratings: [{ region: "elbow", intensity: 3 }] }];
    expect(refuse(data)).toBe('checkIns[0].ratings[0].region: unknown region "elbow"');
    const other = editable();
    other.pressTests = [{ ...(other.pressTests as object[])[0], triggerPoint: "made-up-1" }];
    expect(refuse(other)).toBe('pressTests[0].triggerPoint: unknown trigger point "made-up-1"');
  });

  it("refuses outcome measures out of range, naming the field", () => {
    const data = editable();
    data.outcomes = [{ ...(data.outcomes as object[])[0], items: [{ activity: "", score: 3 }] }];
    expect(refuse(data)).toMatch(/^outcomes\[0\]\.items/);
    const pgic = editable();
    pgic.outcomes = [{ ...(pgic.outcomes as object[])[1], score: 9 }];
    expect(refuse(pgic)).toBe("outcomes[0].score: must be from 1 to 7");
    const goal = editable();
    goal.goals = [{ ...(goal.goals as object[])[0], sessionsPerWeek: 0 }];
    expect(refuse(goal)).toBe("goals[0].sessionsPerWeek: must be at least 1");
  });

  it("refuses text that is not JSON and files of another format in plain words, saying what import takes", () => {
    const takes = /Import takes a JSON backup, made with “Backup \(JSON\)” on Unknot's Your data page or with `unknot export`\.$/;
    const notJson = parseBackup("{ not json");
    expect(notJson).toEqual({
      ok: false,
      wholeFile: true,
      error: expect.stringMatching(/^This file is not an Unknot backup: it is not JSON\. /),
    });
    expect(refuse([1, 2])).toMatch(/^This file is not an Unknot backup: it is JSON, but not from Unknot\. /);
    expect(refuse([1, 2])).toMatch(takes);
    expect(refuse({ format: "other" })).toMatch(/^This file is not an Unknot backup: it is JSON, but not from Unknot\. /);
    expect(refuse({ resourceType: "Bundle" })).toMatch(/^This file is a FHIR export, for a clinic's records: it cannot be imported\. /);
    const csv = parseBackup("date,time,trigger point,method\r\n2026-11-02,07:00,Soleus,large ball\r\n");
    expect(csv).toEqual({
      ok: false,
      wholeFile: true,
      error: expect.stringMatching(/^This file is a CSV export \(a table for spreadsheets\): it cannot be imported\. /),
    });
    for (const result of [notJson, csv]) expect(result.ok ? "" : result.error).toMatch(takes);
    for (const result of [notJson, csv]) expect(result.ok ? "" : result.error).not.toMatch(/^(backup|format):|format: must/);
  });

  it("refuses a backup or a record from a newer version of Unknot", () => {
    expect(refuse({ ...editable(), schemaVersion: BACKUP_SCHEMA_VERSION + 1 })).toMatch(
      /^This backup was written by a newer version of Unknot \(backup version \d+; this version reads up to \d+\): update Unknot to import it\.$/,
    );
    const data = editable();
    data.sessions[0] = { ...data.sessions[0], schemaVersion: 2 };
    expect(refuse(data)).toMatch(/^sessions\[0\]\.schemaVersion: was written by a newer version of Unknot/);
  });

  it("refuses duplicate ids within a collection", () => {
    const data = editable();
    data.sessions[2] = { ...data.sessions[2], id: "s1" };
    expect(refuse(data)).toBe('sessions[2].id: duplicate id "s1" (also sessions[0].id)');
  });

  it("refuses unknown fields, bad dates and a damaged finder result", () => {
    const data = editable();
    data.sessions[1] = { ...data.sessions[1], mood: "fine" };
    expect(refuse(data)).toBe("sessions[1].mood: is not a known field");
    const dated = editable();
    dated.sessions[0] = { ...dated.sessions[0], localDate: "2026-02-30" };
    expect(refuse(dated)).toBe("sessions[0].localDate: must be a calendar date written YYYY-MM-DD");
    const damaged = editable();
    damaged.assessments = [{ ...(damaged.assessments as object[])[0], result: { candidates: [] } }];
    expect(refuse(damaged)).toMatch(/^assessments\[0\]\.result: must be a finder result/);
  });

  it("reports how many more problems there are after the first", () => {
    const data = editable();
    data.sessions = data.sessions.map((session) => ({ ...session, startedAt: "yesterday" }));
    expect(refuse(data)).toMatch(/^sessions\[0\]\.startedAt: must be a date and time with offset.* \(and 3 more problems\)$/);
  });
});
