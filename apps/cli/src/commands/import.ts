import { backupSnapshot, parseBackup } from "@unknot/core/formats";
import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { withDiary } from "../diary.ts";
import { readStorageEnv } from "../env.ts";
import { CliError } from "../errors.ts";
import { writeOutput } from "../output.ts";

interface ImportOptions {
  replace?: boolean;
  backup?: string;
}

/**
 * `unknot import <file>` restores a JSON backup; `unknot import --backup <name>` restores one of the backups taken
 * before a replace. Whatever replaces a diary that has records first saves it to `backups/` and says where.
 */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "restore a JSON backup made by `unknot export` (checked first; a bad file changes nothing). Before a diary with " +
        "records is replaced, it is saved to backups/ in the data directory (the last 10 are kept; `unknot backups` lists them).",
    )
    .argument("[file]", "the backup file")
    .option("--replace", "replace a diary that already has records")
    .option("--backup <name>", "restore this backup from the data directory's backups/ (a name `unknot backups` lists); replaces the diary")
    .action(async (file: string | undefined, options: ImportOptions) => {
      const { dataDir } = readStorageEnv();
      const source = await chooseSource(file, options.backup, dataDir);
      const parsed = parseBackup(readText(source.path));
      if (!parsed.ok) throw new CliError(`${source.label}: ${parsed.error}`);
      const snapshot = backupSnapshot(parsed.backup);
      const replace = options.replace === true || options.backup !== undefined;
      const saved = await withDiary(async (store, owner, { countRecords, replaceDiary }) => {
        if (!replace && (await countRecords(store, owner)) > 0) {
          throw new CliError(
            "the diary already has records; add --replace to replace them with the backup (the diary is saved to backups/ first)",
          );
        }
        return replaceDiary(store, owner, snapshot, { dataDir, now: new Date().toISOString() });
      });
      const counts = Object.entries(snapshot).map(([kind, records]) => `${(records as unknown[]).length} ${kind}`);
      writeOutput(`Imported ${counts.join(", ")} from ${source.label}.\n`);
      if (saved) writeOutput(`The diary it replaced was saved to ${saved.path}.\n`);
    });
}

/** The file to read: the one named, or the backup of that name in the data directory. */
async function chooseSource(
  file: string | undefined,
  backup: string | undefined,
  dataDir: string,
): Promise<{ path: string; label: string }> {
  if (file !== undefined && backup !== undefined) throw new CliError("give either a file or --backup <name>, not both");
  if (backup === undefined) {
    if (file === undefined) throw new CliError("file: name the backup file to import, or restore a saved one with --backup <name>");
    return { path: file, label: file };
  }
  const { findBackup, backupsDir } = await import("@unknot/storage");
  const found = findBackup(dataDir, backup);
  if (!found) throw new CliError(`--backup: there is no backup "${backup}" in ${backupsDir(dataDir)}; \`unknot backups\` lists them`);
  return { path: found.path, label: `backup ${found.name}` };
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new CliError(`file: cannot read "${path}"`);
  }
}
