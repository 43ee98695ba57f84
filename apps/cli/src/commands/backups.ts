import type { BackupFile } from "@unknot/storage";
import type { Command } from "commander";
import { readStorageEnv } from "../env.ts";
import { formatOutput, formatTable, writeOutput } from "../output.ts";

/** Renders the backups as a table, newest first, with how to restore one. */
export function renderBackups(backups: readonly BackupFile[], folder: string): string {
  if (backups.length === 0) return `No backups in ${folder} yet: one is saved there whenever an import replaces your diary.`;
  const table = formatTable([
    ["NAME", "TAKEN (UTC)", "SIZE"],
    ...backups.map((b) => [b.name, b.takenAt.slice(0, 19).replace("T", " "), `${Math.max(1, Math.round(b.bytes / 1024))} KB`]),
  ]);
  return `${table}\n\nIn ${folder}. Restore one with: unknot import --backup <NAME>`;
}

/** `unknot backups`: the diaries saved before each replace, newest first. */
export function registerBackupsCommand(program: Command): void {
  program
    .command("backups")
    .description("list the diaries saved before an import replaced them (newest first; the last 10 are kept)")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const { backupsDir, listBackups } = await import("@unknot/storage");
      const { dataDir } = readStorageEnv();
      const backups = listBackups(dataDir);
      writeOutput(formatOutput({ data: backups, text: () => renderBackups(backups, backupsDir(dataDir)) }, options.json ? "json" : "text"));
    });
}
