import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const parent = mkdtempSync(join(tmpdir(), "unknot-cli-backups-"));
const dataDir = join(parent, "data");
const env = { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" };
const cli = (...args: string[]) => runCli(args, undefined, env);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const logSession = (at: string, notes: string) =>
  cli("log", "--point", "soleus-1:large-ball:45:4", "--before", "heel-left:7", "--after", "heel-left:4", "--notes", notes, "--at", at);

// Each step runs the CLI several times against a real diary on disk, which can be slow on a busy machine.
describe("unknot import --replace, unknot backups and unknot import --backup", { timeout: 90_000 }, () => {
  it("lists no backups before any replace, and keeps the data directory private", async () => {
    expect((await cli("backups")).stdout).toMatch(/^No backups in .*backups yet/);
    expect((await logSession("2026-11-20T07:00:00+01:00", "kept entry")).status).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, "unknot.sqlite")).mode & 0o777).toBe(0o600);
  });

  let diaryBefore = "";
  let saved = { name: "", path: "" };

  it("saves the diary before --replace and says where", async () => {
    const file = join(parent, "older.json");
    expect((await cli("export", "--out", file)).status).toBe(0);
    expect((await logSession("2026-11-21T07:00:00+01:00", "newer entry")).status).toBe(0);
    diaryBefore = (await cli("history", "--json")).stdout;

    const replaced = await cli("import", file, "--replace");
    expect(replaced.status).toBe(0);
    const path = /The diary it replaced was saved to (.+\.json)\./.exec(replaced.stdout)?.[1] ?? "";
    expect(path.startsWith(join(dataDir, "backups", "diary-"))).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect((await cli("history", "--json")).stdout).not.toContain("newer entry");
    saved = { name: basename(path), path };
  });

  it("lists the backup with `unknot backups`, as a table and as JSON", async () => {
    expect((JSON.parse((await cli("backups", "--json")).stdout) as { path: string }[]).map((b) => b.path)).toEqual([saved.path]);
    expect((await cli("backups")).stdout).toMatch(
      new RegExp(`${saved.name.replaceAll(".", "\\.")}\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\s+\\d+ KB`),
    );
  });

  it("restores it with --backup, saving the diary it replaces in turn", async () => {
    const restored = await cli("import", "--backup", saved.name);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/Imported .*2 sessions.* from backup diary-/);
    expect((await cli("history", "--json")).stdout).toBe(diaryBefore);
    // The restore replaced a diary too, so that one was saved first: the restore can be undone the same way.
    expect(JSON.parse((await cli("backups", "--json")).stdout)).toHaveLength(2);
  });

  it("names a backup it cannot find, and changes nothing", async () => {
    const diaryBefore = (await cli("history", "--json")).stdout;
    expect((await cli("import", "--backup", "diary-2020-01-01T00-00-00.000Z.json")).stderr).toMatch(
      /--backup: there is no backup .* `unknot backups` lists them/,
    );
    expect((await cli("import", "--backup", "../unknot.sqlite")).stderr).toMatch(/--backup: there is no backup/);
    expect((await cli("history", "--json")).stdout).toBe(diaryBefore);
  });

  it("takes a file or --backup, not both or neither, and says so in --help", async () => {
    expect((await cli("import", join(parent, "older.json"), "--backup", "x")).stderr).toMatch(/either a file or --backup/);
    expect((await cli("import")).stderr).toMatch(/file: name the backup file/);
    expect((await cli("import", "--help")).stdout).toMatch(/--backup <name>/);
  });
});
