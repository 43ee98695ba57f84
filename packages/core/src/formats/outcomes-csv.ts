import { PGIC_LABELS, type PgicScore } from "../diary/outcomes.ts";
import type { DiarySnapshot, StoredOutcome } from "../diary/stored.ts";
import { csvField, toCsv } from "./csv.ts";
import { byDateThenInstant } from "../stats/ratings.ts";

/** Columns of `outcomesCsv`. */
export const OUTCOME_CSV_HEADER = ["date", "taken at", "measure", "activity", "score", "scale", "meaning"] as const;

const PSFS_SCALE = "0 = unable to do it, 10 = as well as before the problem";
const PGIC_SCALE = "1 = very much worse, 4 = no change, 7 = very much improved";

function outcomeRows(outcome: StoredOutcome): string[][] {
  const when = [csvField(outcome.localDate), csvField(outcome.takenAt)];
  if (outcome.measure === "pgic") {
    return [[...when, "pgic", "", csvField(outcome.score), csvField(PGIC_SCALE), csvField(PGIC_LABELS[outcome.score as PgicScore])]];
  }
  return outcome.items.map((item) => [...when, "psfs", csvField(item.activity, true), csvField(item.score), csvField(PSFS_SCALE), ""]);
}

/** Outcome measures as CSV, oldest first: one row per PSFS activity and one per PGIC. */
export function outcomesCsv(snapshot: DiarySnapshot): string {
  const outcomes = [...snapshot.outcomes].sort((a, b) =>
    byDateThenInstant({ localDate: a.localDate, instant: a.takenAt }, { localDate: b.localDate, instant: b.takenAt }),
  );
  return toCsv(OUTCOME_CSV_HEADER, outcomes.flatMap(outcomeRows));
}
