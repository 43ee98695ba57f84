import { backupSnapshot, exportDiary, parseBackup, type DiarySnapshot, type ExportFormat } from "@unknot/core";
import type { Command } from "commander";
import { readFileSync, writeFileSync } from "node:fs";
import { withDiary } from "../diary.ts";
import { CliError } from "../errors.ts";
import { writeOutput } from "../output.ts";

const FORMATS = ["json", "csv", "csv-ratings", "fhir"] as const;
type Format = (typeof FORMATS)[number];

/** `csv` is the CLI's short name for the sessions CSV; the other names are the export formats themselves. */
const FORMAT_OF: Record<Format, ExportFormat> = { json: "json", csv: "csv-sessions", "csv-ratings": "csv-ratings", fhir: "fhir" };

/** Renders the diary in an export format: a lossless JSON backup, CSV of sessions or ratings, or a FHIR R4 Bundle. */
export function renderExport(snapshot: DiarySnapshot, format: Format, owner: string, now: string): string {
  return exportDiary(snapshot, FORMAT_OF[format], { id: owner, displayName: "Me" }, now).body;
}

/** `unknot export` and `unknot import`: the diary leaves with the person, and comes back without loss. */
export function registerTransferCommands(program: Command): void {
  program
    .command("export")
    .description("export your diary: json (full backup), csv (sessions), csv-ratings, or fhir (HL7 FHIR R4 Bundle)")
    .option("--format <format>", FORMATS.join(" | "), "json")
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (options: { format: string; out?: string }) => {
      if (!FORMATS.includes(options.format as Format)) throw new CliError(`--format: must be one of ${FORMATS.join(", ")}`);
      const text = await withDiary(async (store, owner, { loadSnapshot }) =>
        renderExport(await loadSnapshot(store, owner), options.format as Format, owner, new Date().toISOString()),
      );
      if (options.out) writeFileSync(options.out, text);
      else writeOutput(text);
    });

  program
    .command("import")
    .description("restore a JSON backup made by `unknot export` (checked first; a bad file changes nothing)")
    .argument("<file>", "the backup file")
    .option("--replace", "replace a diary that already has records")
    .action(async (file: string, options: { replace?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        throw new CliError(`file: cannot read "${file}"`);
      }
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new CliError(`${file}: ${parsed.error}`);
      const snapshot = backupSnapshot(parsed.backup);
      await withDiary(async (store, owner, { countRecords, replaceSnapshot }) => {
        if (!options.replace && (await countRecords(store, owner)) > 0) {
          throw new CliError("the diary already has records; add --replace to replace them with the backup");
        }
        await replaceSnapshot(store, owner, snapshot);
      });
      const counts = Object.entries(snapshot).map(([kind, records]) => `${(records as unknown[]).length} ${kind}`);
      writeOutput(`Imported ${counts.join(", ")} from ${file}.\n`);
    });
}
