import { findTriggerPoint } from "../atlas/atlas.ts";
import type { SessionPoint } from "../diary/records.ts";
import type { DiarySnapshot, StoredSession } from "../diary/stored.ts";
import { sideOf } from "../vocabulary/vocabulary.ts";
import { byDateThenInstant, diaryRatings, mean } from "../stats/ratings.ts";
import { regionLabelWithoutSide } from "../stats/region-label.ts";

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

/** Columns of `sessionsCsv`. */
export const SESSION_CSV_HEADER = [
  "date",
  "started at",
  "trigger point id",
  "trigger point",
  "muscle",
  "method",
  "seconds",
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

function sessionRows(session: StoredSession): string[][] {
  const before = roundForDisplay(mean(session.painBefore.map((rating) => rating.intensity)));
  const after = roundForDisplay(mean(session.painAfter.map((rating) => rating.intensity)));
  // A session without points still gets a row, so its ratings and notes are not lost from the export.
  const points: (SessionPoint | undefined)[] = session.points.length > 0 ? session.points : [undefined];
  return points.map((point) => {
    const atlas = point ? findTriggerPoint(point.triggerPoint) : undefined;
    return [
      csvField(session.localDate),
      csvField(session.startedAt),
      csvField(point?.triggerPoint),
      csvField(atlas?.point.name),
      csvField(atlas?.muscle.name),
      csvField(point?.method),
      csvField(point?.seconds),
      csvField(point?.strokes),
      csvField(point?.maxPain),
      csvField(before),
      csvField(after),
      csvField(point?.notes, true),
      csvField(session.notes, true),
    ];
  });
}

/**
 * Sessions as CSV: one row per trigger point worked (one row for a session without points), oldest
 * first, with the session's mean pain before and after (rounded to 2 decimals) on each of its rows.
 */
export function sessionsCsv(snapshot: DiarySnapshot): string {
  const sessions = [...snapshot.sessions].sort((a, b) =>
    byDateThenInstant({ localDate: a.localDate, instant: a.startedAt }, { localDate: b.localDate, instant: b.startedAt }),
  );
  return toCsv(SESSION_CSV_HEADER, sessions.flatMap(sessionRows));
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
