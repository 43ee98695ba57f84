import { exportText, type ExportFormat } from "@unknot/core";
import type { Command } from "commander";
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { withDiary } from "../diary.ts";
import { CliError } from "../errors.ts";
import { choiceOption } from "../option-parsers.ts";
import { writeOutput } from "../output.ts";

const FORMATS = ["json", "csv", "csv-ratings", "csv-outcomes", "fhir"] as const;
type Format = (typeof FORMATS)[number];

/** `csv` is the CLI's short name for the sessions CSV; the other names are the export formats themselves. */
const FORMAT_OF: Record<Format, ExportFormat> = {
  json: "json",
  csv: "csv-sessions",
  "csv-ratings": "csv-ratings",
  "csv-outcomes": "csv-outcomes",
  fhir: "fhir",
};

/** `unknot export`: the diary leaves with the person (`unknot import` brings it back). */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description(
      "export your diary: json (full backup), csv (sessions), csv-ratings, csv-outcomes (PSFS and PGIC), or fhir (HL7 FHIR R4 Bundle)",
    )
    .addOption(choiceOption("--format <format>", "what to export", FORMATS).default("json"))
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (options: { format: Format; out?: string }) => {
      const out = openOutput(options.out);
      let complete = false;
      try {
        await withDiary(async (store, owner, { recordPages }) => {
          const pieces = exportText(FORMAT_OF[options.format], { id: owner, displayName: "Me" }, new Date().toISOString(), (kind) =>
            recordPages(store, owner, kind),
          );
          for await (const piece of pieces) out.write(piece);
        });
        complete = true;
      } finally {
        out.finish(complete);
      }
    });
}

/**
 * Where an export goes: standard output, or the file given with --out. A file is written under a
 * temporary name and renamed when complete, so a failed export never leaves a truncated backup.
 */
function openOutput(file: string | undefined): { write: (text: string) => void; finish: (complete: boolean) => void } {
  if (!file) return { write: writeOutput, finish: () => {} };
  const partial = `${file}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, "w");
  } catch {
    throw new CliError(`--out: cannot write "${file}"`);
  }
  return {
    write: (text) => void writeSync(fd, text),
    finish: (complete) => {
      closeSync(fd);
      if (complete) renameSync(partial, file);
      else rmSync(partial, { force: true });
    },
  };
}
