import { findTriggerPoint } from "../atlas/atlas.ts";
import type { SessionPoint } from "../diary/records.ts";
import type { DiarySnapshot, StoredSession } from "../diary/stored.ts";
import { sideOf } from "../vocabulary/vocabulary.ts";
import { byDateThenInstant, diaryRatings, mean } from "./ratings.ts";
import { regionLabelWithoutSide } from "./region-label.ts";

type Cell = string | number | undefined;

/**
 * Quotes one CSV field as RFC 4180 asks (double quotes around fields with commas, quotes or line
 * breaks; quotes doubled). Free text that starts like a spreadsheet formula (`=`, `+`, `-`, `@`,
 * tab, carriage return) gets a leading apostrophe so opening the file cannot run it; the JSON
 * backup keeps the text exactly.
 */
export function csvField(value: Cell, freeText = false): string {
  if (value === undefined) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (freeText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Joins rows into CSV text with a header row and `\r\n` after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header.map((name) => csvField(name)), ...rows].map((row) => `${row.join(",")}\r\n`).join("");
}

/** Columns of `sessionsCsv`: one row per session; a session's points are listed in its row, in the order worked. */
export const SESSION_CSV_HEADER = [
  "date",
  "started at",
  "points worked",
  "trigger points",
  "trigger point ids",
  "methods",
  "seconds held",
  "strokes",
  "max pain",
  "mean pain before",
  "mean pain after",
  "point notes",
  "session notes",
] as const;

/** Columns of `ratingsCsv`. */
export const RATING_CSV_HEADER = ["date", "instant", "source", "region id", "region", "side", "intensity"] as const;

function roundForDisplay(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 100) / 100;
}

/** A sum, or undefined when no point had that kind of dose (so the cell stays empty rather than 0). */
function total(values: (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((sum, v) => sum + v, 0);
}

function pointName(point: SessionPoint): string {
  return findTriggerPoint(point.triggerPoint)?.point.name ?? point.triggerPoint;
}

function sessionRow(session: StoredSession): string[] {
  const { points } = session;
  const before = roundForDisplay(mean(session.painBefore.map((rating) => rating.intensity)));
  const after = roundForDisplay(mean(session.painAfter.map((rating) => rating.intensity)));
  const list = (values: string[]) => (values.length === 0 ? undefined : values.join("; "));
  const pointNotes = points.filter((p) => p.notes).map((p) => `${pointName(p)}: ${p.notes}`);
  return [
    csvField(session.localDate),
    csvField(session.startedAt),
    csvField(points.length),
    csvField(list(points.map(pointName))),
    csvField(list(points.map((p) => p.triggerPoint))),
    csvField(list(points.map((p) => p.method))),
    csvField(total(points.map((p) => p.seconds))),
    csvField(total(points.map((p) => p.strokes))),
    csvField(points.length === 0 ? undefined : Math.max(...points.map((p) => p.maxPain))),
    csvField(before),
    csvField(after),
    csvField(pointNotes.length === 0 ? undefined : pointNotes.join("\n"), true),
    csvField(session.notes, true),
  ];
}

/**
 * Sessions as CSV, oldest first: one row per session, so a spreadsheet counts sessions and averages the pain before
 * and after each session once (a row per point would weigh a session with four points four times). Each row lists its
 * points in the order worked, the total seconds held and strokes, the strongest pressure-pain, the session's mean pain
 * before and after (rounded to 2 decimals) and the notes, each point's note after its name. The dose of each point
 * is in the JSON backup and the FHIR export.
 */
export function sessionsCsv(snapshot: DiarySnapshot): string {
  const sessions = [...snapshot.sessions].sort((a, b) =>
    byDateThenInstant({ localDate: a.localDate, instant: a.startedAt }, { localDate: b.localDate, instant: b.startedAt }),
  );
  return toCsv(SESSION_CSV_HEADER, sessions.map(sessionRow));
}

/** Every pain rating as CSV, oldest first: sessions' before and after ratings and check-ins, one row each. */
export function ratingsCsv(snapshot: DiarySnapshot): string {
  const rows = diaryRatings(snapshot).map((rating) => [
    csvField(rating.localDate),
    csvField(rating.instant),
    csvField(rating.source),
    csvField(rating.region),
    csvField(regionLabelWithoutSide(rating.region)),
    csvField(sideOf(rating.region)),
    csvField(rating.intensity),
  ]);
  return toCsv(RATING_CSV_HEADER, rows);
}
