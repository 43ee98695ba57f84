import { CheckInInputSchema, SessionInputSchema } from "@unknot/core/diary";
import { firstProblem } from "@unknot/core/validation";
import { METHOD_IDS } from "@unknot/core/vocabulary";
import type { Command } from "commander";
import type { z } from "zod";
import { localInstant, withDiary } from "../diary.ts";
import { CliError } from "../errors.ts";
import { resolveId } from "../ids.ts";
import { addHiddenAlias, collectList } from "../list-options.ts";
import { formatOutput, writeOutput } from "../output.ts";
import { parsePainList } from "./find-options.ts";

interface LogOptions {
  point?: string[];
  before?: string;
  after?: string;
  checkIn?: string;
  notes?: string;
  at?: string;
  json?: boolean;
}

const OPTION_OF_FIELD: Record<string, string> = {
  points: "--point",
  painBefore: "--before",
  painAfter: "--after",
  ratings: "--check-in",
  notes: "--notes",
  startedAt: "--at",
  recordedAt: "--at",
};

/**
 * Parses `trapezius-upper-1:large-ball:60:4` (point, method, seconds, highest pain) into a session
 * point. The method may be any word of the method vocabulary (`thumb` is read as `fingers`).
 */
export function parsePoint(text: string): Record<string, unknown> {
  const [typed = "", typedMethod = "fingers", seconds, maxPain] = text.split(":");
  const triggerPoint = resolveId("trigger point", "--point", typed);
  const method = resolveId("method", "--point", typedMethod);
  const number = (value: string | undefined, name: string) => {
    if (value === undefined || value === "") return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new CliError(`--point: ${name} of "${triggerPoint}" must be a number`);
    return n;
  };
  const secs = number(seconds, "seconds");
  return { triggerPoint, method, ...(secs !== undefined ? { seconds: secs } : {}), maxPain: number(maxPain, "highest pain") ?? 0 };
}

/** Validates an entry with the diary schema, naming the CLI option at fault (`optionOf` maps a field to its option). */
export function checkEntry<S extends z.ZodType>(schema: S, raw: unknown, optionOf: Record<string, string> = OPTION_OF_FIELD): z.infer<S> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const { field, path, message } = firstProblem(result.error);
  const top = String(path[0] ?? "");
  throw new CliError(`${optionOf[top] ?? top} (${field}): ${message}`);
}

/** `unknot log`: records a session (points, pain before and after) or a pain check-in in the diary. */
export function registerLogCommand(program: Command): void {
  const log = program
    .command("log")
    .description("record a self-treatment session or a pain check-in in your diary")
    .option(
      "--point <point>",
      `a point worked, id:method:seconds:highest-pain, e.g. trapezius-upper-1:large-ball:60:4 (repeat or comma-separate); methods: fingers (thumb or fingertips, the default; thumb works too), ${METHOD_IDS.filter((m) => m !== "fingers").join(", ")}`,
      collectList,
    )
    .option("--before <ratings>", "pain before, e.g. temple-left:6,neck-back-left:4")
    .option("--after <ratings>", "pain after, e.g. temple-left:3")
    .option("--check-in <ratings>", "record a pain check-in instead of a session, e.g. temple-left:2")
    .option("--notes <text>", "notes")
    .option("--at <instant>", "when, as 2026-11-23T08:30:00+01:00 (default: now)")
    .option("--json", "print the stored record as JSON")
    .action(async (options: LogOptions) => {
      const at = options.at ?? localInstant();
      const notes = options.notes !== undefined ? { notes: options.notes } : {};
      const stored = await withDiary(async (store, owner, { createRecord, newRecordId }) => {
        const meta = { id: newRecordId(), now: new Date().toISOString() };
        if (options.checkIn !== undefined) {
          const input = checkEntry(CheckInInputSchema, { recordedAt: at, ratings: parsePainList(options.checkIn, "--check-in"), ...notes });
          return createRecord(store, owner, "checkIns", input, meta);
        }
        const points = options.point ?? [];
        if (points.length === 0 && !options.before) throw new CliError("give at least one --point or --before, or use --check-in");
        const input = checkEntry(SessionInputSchema, {
          startedAt: at,
          points: points.map(parsePoint),
          painBefore: parsePainList(options.before ?? "", "--before"),
          painAfter: parsePainList(options.after ?? "", "--after"),
          ...notes,
        });
        return createRecord(store, owner, "sessions", input, meta);
      });
      const text = () => `Saved ${options.checkIn !== undefined ? "check-in" : "session"} ${stored.id} for ${stored.localDate}.`;
      writeOutput(formatOutput({ data: stored, text }, options.json ? "json" : "text"));
    });
  addHiddenAlias(log, "--points <points>", "point");
}
