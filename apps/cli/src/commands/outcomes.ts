import { addDays, GoalInputSchema, OutcomeInputSchema, outcomesSummary, type DiarySnapshot } from "@unknot/core";
import type { Command } from "commander";
import { localInstant, withDiary } from "../diary.ts";
import { CliError } from "../errors.ts";
import { localDate } from "../option-parsers.ts";
import { formatOutput, writeOutput } from "../output.ts";
import { checkEntry } from "./log.ts";
import { renderChange, renderOutcomes } from "./outcomes-render.ts";

const OPTION_OF_FIELD = { items: "--activity", score: "<score>", takenAt: "--at", setAt: "--at", sessionsPerWeek: "<sessions>" };

/** Parses `turning my head:3` (the last colon separates the score, so an activity may hold colons). */
export function parseActivity(text: string): { activity: string; score: number } {
  const colon = text.lastIndexOf(":");
  const score = colon < 0 ? Number.NaN : Number(text.slice(colon + 1));
  if (colon < 0 || text.slice(colon + 1).trim() === "" || !Number.isFinite(score)) {
    throw new CliError(`--activity: write it as "activity:score", e.g. "turning my head:3" (got "${text}")`);
  }
  return { activity: text.slice(0, colon), score };
}

/** The dates asked for (commander has checked them), the last four weeks to `today` by default. */
function readDates(options: { from?: string; to?: string }, today: string) {
  const to = options.to ?? today;
  return { from: options.from ?? addDays(to, -27), to };
}

function print(data: unknown, text: () => string, json: boolean | undefined) {
  writeOutput(formatOutput({ data, text }, json ? "json" : "text"));
}

/** Saves one outcome measure, checked by the same schema as the API. */
async function recordOutcome(raw: unknown, json: boolean | undefined) {
  const input = checkEntry(OutcomeInputSchema, raw, OPTION_OF_FIELD);
  const stored = await withDiary((store, owner, { createRecord, newRecordId }) =>
    createRecord(store, owner, "outcomes", input, { id: newRecordId(), now: new Date().toISOString() }),
  );
  print(stored, () => `Saved ${input.measure.toUpperCase()} ${stored.id} for ${stored.localDate}.`, json);
}

/** `unknot outcomes` (record a PSFS or PGIC, list them, see whether the change is likely meaningful) and `unknot goal`. */
export function registerOutcomesCommands(program: Command): void {
  const outcomes = program
    .command("outcomes")
    .description("function (PSFS) and overall change (PGIC): record them and see if the change matters");
  const collect = (value: string, previous: string[]) => [...previous, value];
  outcomes
    .command("psfs")
    .description("rate 3 to 5 activities pain makes hard, each 0 (cannot do it) to 10 (as well as before the problem)")
    .option("--activity <activity:score>", 'an activity and its score, e.g. "turning my head:3" (repeat 3 to 5 times)', collect, [])
    .option("--at <instant>", "when, as 2026-11-23T08:30:00+01:00 (default: now)")
    .option("--json", "print the stored record as JSON")
    .action(async (options: { activity: string[]; at?: string; json?: boolean }) => {
      const items = options.activity.map(parseActivity);
      await recordOutcome({ measure: "psfs", takenAt: options.at ?? localInstant(), items }, options.json);
    });
  outcomes
    .command("pgic")
    .description("overall change since you started: 1 very much worse, 4 no change, 7 very much improved")
    .argument("<score>", "1 to 7")
    .option("--at <instant>", "when (default: now)")
    .option("--json", "print the stored record as JSON")
    .action(async (score: string, options: { at?: string; json?: boolean }) => {
      await recordOutcome({ measure: "pgic", takenAt: options.at ?? localInstant(), score: Number(score) }, options.json);
    });
  outcomes
    .command("list")
    .description("list outcome measures, newest first")
    .option("--from <date>", "first local date, YYYY-MM-DD", localDate)
    .option("--to <date>", "last local date, YYYY-MM-DD", localDate)
    .option("--json", "print JSON")
    .action(async (options: { from?: string; to?: string; json?: boolean }) => {
      const range = readDates(options, localInstant().slice(0, 10));
      const page = await withDiary((store, owner, { listRecords }) => listRecords(store, owner, "outcomes", { ...range, limit: 500 }));
      print(page, () => renderOutcomes(page.items), options.json);
    });
  outcomes
    .command("change")
    .description("is the change likely meaningful? pain, function and overall impression against published thresholds")
    .option("--from <date>", "first local date (default: four weeks before --to)", localDate)
    .option("--to <date>", "last local date (default: today)", localDate)
    .option("--json", "print JSON")
    .action(async (options: { from?: string; to?: string; json?: boolean }) => {
      const range = readDates(options, localInstant().slice(0, 10));
      if (range.to < range.from) throw new CliError("--to: must not be before --from");
      const snapshot: DiarySnapshot = await withDiary((store, owner, { loadSnapshot }) => loadSnapshot(store, owner, range));
      const summary = outcomesSummary(snapshot, range);
      print(summary, () => renderChange(summary, range), options.json);
    });
  program
    .command("goal")
    .description("set your weekly goal: how many sessions a week you aim for (1 to 14)")
    .argument("<sessions>", "sessions a week")
    .option("--json", "print the stored record as JSON")
    .action(async (sessions: string, options: { json?: boolean }) => {
      const input = checkEntry(GoalInputSchema, { setAt: localInstant(), sessionsPerWeek: Number(sessions) }, OPTION_OF_FIELD);
      const stored = await withDiary((store, owner, { createRecord, newRecordId }) =>
        createRecord(store, owner, "goals", input, { id: newRecordId(), now: new Date().toISOString() }),
      );
      print(
        stored,
        () => `Weekly goal set: ${input.sessionsPerWeek} session${input.sessionsPerWeek === 1 ? "" : "s"} a week.`,
        options.json,
      );
    });
}
