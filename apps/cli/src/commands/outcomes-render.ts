import { PGIC_LABELS, type PgicScore, type StoredOutcome } from "@unknot/core/diary";
import {
  ADVICE_WORDS,
  CHANGE_WORDS,
  OUTCOME_SOURCES,
  psfsAverage,
  THRESHOLD_CAVEAT,
  VERDICT_WORDS,
  type OutcomesSummary,
} from "@unknot/core/outcomes";
import { formatTable } from "../output.ts";

const one = (n: number) => n.toFixed(1);
const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${one(Math.abs(n))}`;

/** One outcome in a few words: a PSFS's average and activities, or a PGIC's score and words. */
function detailOf(outcome: StoredOutcome): string {
  if (outcome.measure === "pgic") return `${outcome.score}/7, ${PGIC_LABELS[outcome.score as PgicScore]}`;
  const activities = outcome.items.map((item) => `${item.activity} ${item.score}`).join("; ");
  return `average ${one(psfsAverage(outcome.items))}: ${activities}`;
}

/** Renders outcome measures as a table: date, time, measure, detail. */
export function renderOutcomes(outcomes: readonly StoredOutcome[]): string {
  if (outcomes.length === 0) return "No outcome measures in this period.";
  return formatTable([
    ["DATE", "TIME", "MEASURE", "DETAIL"],
    ...outcomes.map((o) => [o.localDate, o.takenAt.slice(11, 16), o.measure.toUpperCase(), detailOf(o)]),
  ]);
}

/** Renders the meaningful-change verdict of a period: each measure, what was not judged and why, the advice, and the rules with their sources. */
export function renderChange(summary: OutcomesSummary, range: { from: string; to: string }): string {
  const { change } = summary;
  const lines = [`${VERDICT_WORDS[change.overall]} (${range.from} to ${range.to}, ${change.daysFollowed} days followed).`];
  if (change.pain) {
    const { baseline, latest, percent, verdict } = change.pain;
    const pct = percent === undefined ? "" : `, ${percent < 0 ? "−" : "+"}${Math.round(Math.abs(percent))} %`;
    lines.push(
      `  Pain: ${one(baseline.average)} → ${one(latest.average)} (${signed(change.pain.change)} points${pct}): ${CHANGE_WORDS[verdict]}.`,
    );
  }
  if (change.psfs) {
    const { baseline, latest, verdict } = change.psfs;
    lines.push(
      `  Function (PSFS): ${one(baseline.average)} → ${one(latest.average)} (${signed(change.psfs.change)}): ${CHANGE_WORDS[verdict]}.`,
    );
  }
  if (change.pgic)
    lines.push(`  Overall impression (PGIC): ${change.pgic.label} (${change.pgic.score}/7): ${CHANGE_WORDS[change.pgic.verdict]}.`);
  for (const gap of change.notJudged) lines.push(`  Not judged (${gap.measure}): ${gap.reason}`);
  lines.push("", ADVICE_WORDS[change.advice], "", "Rules:");
  for (const note of summary.thresholds) lines.push(`  - ${note.rule}`);
  lines.push("", THRESHOLD_CAVEAT, "", "Sources:");
  const cited = [...new Set(summary.thresholds.flatMap((note) => note.sources))];
  for (const source of cited) lines.push(`  - ${OUTCOME_SOURCES[source]}`);
  return lines.join("\n");
}
