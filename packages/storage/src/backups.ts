import { type DiarySnapshot } from "@unknot/core/diary";
import { exportText } from "@unknot/core/formats";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Store } from "./connect.ts";
import { recordPages } from "./diary.ts";
import { countRecords, replaceSnapshot } from "./snapshot.ts";

/** How many automatic backups a data directory keeps; older ones are removed when a new one is written. */
export const BACKUPS_KEPT = 10;

/** One automatic backup: a JSON backup file of the whole diary, as `unknot export` writes it. */
export interface BackupFile {
  /** The file name inside `backups/`, e.g. `diary-2026-11-20T08-00-00.000Z.json`. */
  name: string;
  path: string;
  bytes: number;
  /** When it was taken, an ISO instant. */
  takenAt: string;
}

const NAME = /^diary-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3}Z)(?:-(\d+))?\.json$/;

/** The folder of automatic backups in a data directory. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, "backups");
}

/**
 * Replaces a person's diary with `snapshot`, first saving the diary as it is to a backup file (when it
 * has any records), so no replace can lose data. Returns the backup, or undefined when there was nothing to save.
 */
export async function replaceDiary(
  store: Store,
  owner: string,
  snapshot: DiarySnapshot,
  options: { dataDir: string; now: string },
): Promise<BackupFile | undefined> {
  const backup = (await countRecords(store, owner)) > 0 ? await backupDiary(store, owner, options.dataDir, options.now) : undefined;
  await replaceSnapshot(store, owner, snapshot);
  return backup;
}

/**
 * Writes a person's whole diary to `<dataDir>/backups/` (file 0600 in a 0700 folder, flushed to disk before
 * it gets its name), then removes all but the newest `BACKUPS_KEPT`.
 */
export async function backupDiary(store: Store, owner: string, dataDir: string, now: string): Promise<BackupFile> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const takenAt = new Date(now).toISOString();
  const path = freePath(dir, `diary-${takenAt.replaceAll(":", "-")}`);
  const partial = `${path}.partial`;
  const file = await open(partial, "w", 0o600);
  try {
    for await (const piece of exportText("json", { id: owner, displayName: "Me" }, now, (kind) => recordPages(store, owner, kind))) {
      await file.write(piece);
    }
    await file.sync();
  } catch (error) {
    await file.close();
    rmSync(partial, { force: true });
    throw error;
  }
  await file.close();
  await rename(partial, path);
  await syncFolder(dir);
  pruneBackups(dataDir);
  return { name: basename(path), path, bytes: statSync(path).size, takenAt };
}

/** The automatic backups of a data directory, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => describe(dir, name))
    .filter((file): file is BackupFile => file !== undefined)
    .sort((a, b) => (a.takenAt === b.takenAt ? sequence(b.name) - sequence(a.name) : a.takenAt < b.takenAt ? 1 : -1));
}

/** The backup of that name in the data directory, if there is one; names with a path in them are never looked up. */
export function findBackup(dataDir: string, name: string): BackupFile | undefined {
  return NAME.test(name) ? describe(backupsDir(dataDir), name) : undefined;
}

function describe(dir: string, name: string): BackupFile | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const path = join(dir, name);
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info?.isFile()) return undefined;
  return { name, path, bytes: info.size, takenAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}` };
}

/** 1 for the first backup of a millisecond, 2 for the next (`-2.json`), and so on. */
function sequence(name: string): number {
  return Number(NAME.exec(name)?.[5] ?? 1);
}

/** `<dir>/<stem>.json`, or `<stem>-2.json`… when two backups are taken in the same millisecond. */
function freePath(dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}.json` : `${stem}-${n}.json`);
    if (!statSync(path, { throwIfNoEntry: false })) return path;
  }
}

function pruneBackups(dataDir: string): void {
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
}

/** Makes the new file's name durable too: without it a power cut could leave the backup written but nameless. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
