import { activityKey, PSFS_ACTIVITIES, type PsfsItem } from "@unknot/core/diary";
import { addDays, daysBetween } from "@unknot/core/stats";

/** One activity row as the person fills it in: a name, and a score once tapped. */
export interface ActivityRow {
  activity: string;
  score: number | undefined;
}

/** Three empty rows: the fewest a PSFS asks for. */
export function emptyRows(): ActivityRow[] {
  return Array.from({ length: PSFS_ACTIVITIES.min }, () => ({ activity: "", score: undefined }));
}

/** A row left as it started: no name and no score. Blank rows are skipped, so the extra rows need no removing. */
function isBlank(row: ActivityRow): boolean {
  return row.activity.trim() === "" && row.score === undefined;
}

/** What stops a first PSFS from being saved, in words naming the row; undefined when it is ready. */
export function firstPsfsProblem(rows: readonly ActivityRow[]): string | undefined {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    if (isBlank(row)) continue;
    const name = `Activity ${index + 1}`;
    if (row.activity.trim() === "") return `${name}: write what pain makes hard.`;
    if (seen.has(activityKey(row.activity))) return `${name}: is the same as another activity.`;
    seen.add(activityKey(row.activity));
    if (row.score === undefined) return `${name}: tap a score from 0 to 10.`;
  }
  if (seen.size < PSFS_ACTIVITIES.min) return `Name at least ${PSFS_ACTIVITIES.min} activities (so far: ${seen.size}).`;
  return undefined;
}

/** What stops a weekly check-in from being saved; undefined when every activity is scored and the overall change chosen. */
export function weeklyProblem(
  activities: readonly string[],
  scores: readonly (number | undefined)[],
  pgic: number | undefined,
): string | undefined {
  const missing = activities.findIndex((_, index) => scores[index] === undefined);
  if (missing >= 0) return `Tap a score for "${activities[missing]}".`;
  if (pgic === undefined) return "Choose how things have changed overall since you started.";
  return undefined;
}

/** The filled rows as PSFS items, blank rows left out (call only when `firstPsfsProblem` is undefined). */
export function toItems(rows: readonly ActivityRow[]): PsfsItem[] {
  return rows.filter((row) => !isBlank(row)).map((row) => ({ activity: row.activity.trim(), score: row.score ?? 0 }));
}

/** When the next weekly check-in is due, and whether it is due already (`today` and `last` are local dates). */
export function checkInDue(last: string, today: string): { next: string; due: boolean; daysSince: number } {
  const next = addDays(last, 7);
  return { next, due: today >= next, daysSince: daysBetween(last, today) };
}
