import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { csvField, RATING_CSV_HEADER, ratingsCsv, SESSION_CSV_HEADER, sessionsCsv } from "./csv.ts";
import { diaryArb, makeCheckIn, makeDiary, makeSession } from "./test-diary.ts";

/** A strict RFC 4180 reader, written independently of the writer: every field ends with a comma or CRLF, quotes are doubled. */
function readCsv(text: string): string[][] {
  const field = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/y;
  const records: string[][] = [];
  let record: string[] = [];
  while (field.lastIndex < text.length) {
    const at = field.lastIndex;
    const match = field.exec(text);
    if (!match) throw new Error(`not RFC 4180 at offset ${at}: ${JSON.stringify(text.slice(at, at + 20))}`);
    const raw = match[1] ?? "";
    record.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (match[2] === "\r\n") {
      records.push(record);
      record = [];
    }
  }
  return records;
}

/** A point's note as it appears inside its session's quoted CSV field, after the point's name: quotes doubled. */
const csvNoteText = (note: string) => note.replaceAll('"', '""');

const hostile = 'Said "stop", then pressed on,\r\nnext line\nand "quotes" again';

const diary = makeDiary({
  sessions: [
    makeSession({
      id: "s2",
      startedAt: "2026-11-04T08:00:00+01:00",
      points: [
        { triggerPoint: "trapezius-upper-1", method: "pincer", seconds: 90, maxPain: 5, notes: hostile },
        { triggerPoint: "levator-scapulae-1", method: "small-ball", strokes: 12, maxPain: 4 },
      ],
      before: { "neck-back-left": 6, "temple-left": 3 },
      after: { "neck-back-left": 2 },
      notes: '=HYPERLINK("http://example.invalid")',
    }),
    // Earlier, without points and without after-ratings.
    makeSession({ id: "s1", startedAt: "2026-11-02T08:00:00+01:00", before: { "shoulder-top-right": 4 } }),
  ],
  checkIns: [makeCheckIn({ id: "c1", recordedAt: "2026-11-03T21:00:00+01:00", ratings: { sacrum: 0, "temple-left": 2 } })],
});

describe("csvField", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 asks, and leaves plain text alone", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(4.5)).toBe("4.5");
    expect(csvField(undefined)).toBe("");
  });

  it("defuses free text that a spreadsheet would run as a formula", () => {
    expect(csvField("=1+1", true)).toBe("'=1+1");
    expect(csvField("-3 after lunch", true)).toBe("'-3 after lunch");
    expect(csvField("=1+1")).toBe("=1+1");
  });
});

describe("sessionsCsv", () => {
  const [header, ...rows] = readCsv(sessionsCsv(diary));
  const trapezius = findTriggerPoint("trapezius-upper-1");
  const levator = findTriggerPoint("levator-scapulae-1");

  it("writes a header row and one row per session, oldest first, ending every line with CRLF", () => {
    expect(header).toEqual([...SESSION_CSV_HEADER]);
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ["2026-11-02", "0"],
      ["2026-11-04", "2"],
    ]);
    expect(sessionsCsv(diary).endsWith("\r\n")).toBe(true);
  });

  it("keeps a session without points, leaving point columns and missing means empty", () => {
    expect(rows[0]).toEqual(["2026-11-02", "2026-11-02T08:00:00+01:00", "0", "", "", "", "", "", "", "4", "", "", ""]);
  });

  it("lists the points worked in order with their methods, totals the doses, and takes the strongest pressure-pain", () => {
    expect(rows[1]?.slice(2, 11)).toEqual([
      "2",
      `${trapezius?.point.name}; ${levator?.point.name}`,
      "trapezius-upper-1; levator-scapulae-1",
      "pincer; small-ball",
      "90",
      "12",
      "5",
      "4.5",
      "2",
    ]);
  });

  it("carries hostile notes through intact, each under its point's name, and defuses formula-like notes", () => {
    expect(rows[1]?.[11]).toBe(`${trapezius?.point.name}: ${hostile}`);
    expect(rows[1]?.[12]).toBe('\'=HYPERLINK("http://example.invalid")');
  });

  it("is just the header for an empty diary", () => {
    expect(sessionsCsv(makeDiary())).toBe(`${SESSION_CSV_HEADER.join(",")}\r\n`);
  });
});

describe("ratingsCsv", () => {
  it("writes one row per rating with its source, region and side, oldest first, 0s included", () => {
    const [header, ...rows] = readCsv(ratingsCsv(diary));
    expect(header).toEqual([...RATING_CSV_HEADER]);
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6]])).toEqual([
      ["2026-11-02", "session-before", "shoulder-top-right", "Top of the shoulder (trapezius ridge)", "right", "4"],
      ["2026-11-03", "check-in", "sacrum", "Sacrum", "midline", "0"],
      ["2026-11-03", "check-in", "temple-left", "Temple", "left", "2"],
      ["2026-11-04", "session-before", "neck-back-left", "Back of the neck", "left", "6"],
      ["2026-11-04", "session-before", "temple-left", "Temple", "left", "3"],
      ["2026-11-04", "session-after", "neck-back-left", "Back of the neck", "left", "2"],
    ]);
  });

  it("is just the header for an empty diary", () => {
    expect(ratingsCsv(makeDiary())).toBe(`${RATING_CSV_HEADER.join(",")}\r\n`);
  });
});

describe("CSV exports of any diary", () => {
  it("parse back into exactly one record per rating and per session, with notes intact", () => {
    fc.assert(
      fc.property(diaryArb, (snapshot) => {
        const ratings = readCsv(ratingsCsv(snapshot));
        const expectedRatings =
          snapshot.sessions.reduce((sum, s) => sum + s.painBefore.length + s.painAfter.length, 0) +
          snapshot.checkIns.reduce((sum, c) => sum + c.ratings.length, 0);
        expect(ratings).toHaveLength(1 + expectedRatings);
        const sessions = readCsv(sessionsCsv(snapshot)).slice(1);
        expect(sessions).toHaveLength(snapshot.sessions.length);
        expect(sessions.map((row) => Number(row[2])).sort()).toEqual(snapshot.sessions.map((s) => s.points.length).sort());
        const notes = snapshot.sessions.map((s) => s.notes ?? "").sort();
        const undefuse = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
        expect(sessions.map((row) => undefuse(row[12] ?? "")).sort()).toEqual(notes);
        for (const session of snapshot.sessions)
          for (const point of session.points) if (point.notes) expect(sessionsCsv(snapshot)).toContain(csvNoteText(point.notes));
      }),
    );
  });
});
