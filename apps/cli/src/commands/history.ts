import type { StoredSession } from "@unknot/core";
import type { Command } from "commander";
import { withDiary } from "../diary.ts";
import { idOf, localDate, wholeNumber } from "../option-parsers.ts";
import { formatOutput, formatTable, writeOutput } from "../output.ts";

interface HistoryOptions {
  from?: string;
  to?: string;
  region?: string;
  limit: number;
  json?: boolean;
}

const mean = (ratings: readonly { intensity: number }[]) =>
  ratings.length === 0 ? "–" : (ratings.reduce((sum, r) => sum + r.intensity, 0) / ratings.length).toFixed(1);

/** Renders sessions as a table: date, time, points worked, mean pain before → after, notes. */
export function renderHistory(sessions: readonly StoredSession[]): string {
  if (sessions.length === 0) return "No sessions in this period.";
  return formatTable([
    ["DATE", "TIME", "POINTS", "PAIN BEFORE → AFTER", "NOTES"],
    ...sessions.map((s) => [
      s.localDate,
      s.startedAt.slice(11, 16),
      s.points.map((p) => p.triggerPoint).join(", ") || "–",
      `${mean(s.painBefore)} → ${mean(s.painAfter)}`,
      (s.notes ?? "").replace(/\s+/g, " ").slice(0, 40),
    ]),
  ]);
}

/** `unknot history`: lists recorded sessions, newest first, by date range and region. */
export function registerHistoryCommand(program: Command): void {
  program
    .command("history")
    .description("list your recorded sessions, newest first")
    .option("--from <date>", "first local date, YYYY-MM-DD", localDate)
    .option("--to <date>", "last local date, YYYY-MM-DD", localDate)
    .option("--region <region>", "only sessions that rated this region, e.g. temple-left", idOf("region"))
    .option("--limit <n>", "at most this many sessions, 1 to 10000", wholeNumber(1, 10_000), 50)
    .option("--json", "print JSON")
    .action(async (options: HistoryOptions) => {
      const { from, to, region, limit } = options;
      const page = await withDiary((store, owner, { listRecords }) => listRecords(store, owner, "sessions", { from, to, region, limit }));
      writeOutput(formatOutput({ data: page, text: () => renderHistory(page.items) }, options.json ? "json" : "text"));
    });
}
