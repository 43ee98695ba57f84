import { findTriggerPoints, parseFindInput, type FindInput, type FindResult } from "@unknot/core";
import type { Command } from "commander";
import { CliError } from "../errors.ts";
import { resolveId } from "../ids.ts";
import { finiteNumber } from "../option-parsers.ts";
import { formatOutput, writeOutput, type Printable } from "../output.ts";
import { readStdin } from "../stdin.ts";
import { parsePainList, parsePressTests } from "./find-options.ts";
import { renderFindResult } from "./find-render.ts";

/**
 * Runs the finder on JSON text holding one case or an array of cases. Every case is validated
 * before any is run, so bad input yields an error naming the field and never a partial result.
 */
export function findFromJson(text: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliError(`input is not valid JSON: ${(error as Error).message}`);
  }
  const cases = Array.isArray(raw) ? raw : [raw];
  const inputs = cases.map((item, index) => {
    const parsed = parseFindInput(item);
    if (!parsed.ok) throw new CliError(Array.isArray(raw) ? `[${index}].${parsed.error}` : parsed.error);
    return parsed.value;
  });
  const results = inputs.map((input) => findTriggerPoints(input));
  return Array.isArray(raw) ? results : results[0];
}

interface FindOptions {
  json?: boolean;
  pain?: string;
  symptom: string[];
  flag: string[];
  age?: number;
  weeks?: number;
  press: string[];
}

/** `unknot find`: ranks trigger points for a pain drawing, the safety verdict first. */
export function registerFindCommand(program: Command): void {
  const collect = (value: string, previous: string[]) => [...previous, ...value.split(",").filter(Boolean)];
  program
    .command("find")
    .description("rank the trigger points that may refer your pain (safety screening first)")
    .option("--json", "read one case or an array of cases as JSON on stdin and print JSON results")
    .option("--pain <regions>", "painful regions with intensities, e.g. temple-left:7,mastoid-left:5")
    .option("--symptom <ids>", "symptoms, e.g. headache (repeat or comma-separate)", collect, [])
    .option("--flag <ids>", "screening questions answered yes (repeat or comma-separate)", collect, [])
    .option("--age <years>", "your age", finiteNumber)
    .option("--weeks <n>", "how many weeks the pain has lasted", finiteNumber)
    .option("--press <tests>", "press tests, e.g. trapezius-upper-1:reproduces", collect, [])
    .action(async (options: FindOptions) => {
      if (options.json) {
        writeOutput(`${JSON.stringify(findFromJson(await readStdin()), null, 2)}\n`);
        return;
      }
      const input = inputFromOptions(options);
      writeOutput(formatOutput(findPrintable(findTriggerPoints(input)), "text"));
    });
}

function findPrintable(result: FindResult): Printable {
  return { data: result, text: () => renderFindResult(result) };
}

function inputFromOptions(options: FindOptions): FindInput {
  if (!options.pain) throw new CliError("--pain is required, e.g. --pain temple-left:7,mastoid-left:5 (or use --json with stdin)");
  const raw = {
    pain: parsePainList(options.pain),
    symptoms: options.symptom.map((id) => resolveId("symptom", "--symptom", id)),
    flags: options.flag.map((id) => resolveId("flag", "--flag", id)),
    ...(options.age !== undefined ? { age: options.age } : {}),
    ...(options.weeks !== undefined ? { durationWeeks: options.weeks } : {}),
    pressTests: parsePressTests(options.press),
  };
  const parsed = parseFindInput(raw);
  if (!parsed.ok) throw new CliError(parsed.error.replace(/^durationWeeks/, "--weeks").replace(/^age/, "--age"));
  return parsed.value;
}
