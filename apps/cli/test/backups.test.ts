import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const parent = mkdtempSync(join(tmpdir(), "unknot-cli-backups-"));
const dataDir = join(parent, "data");
const env = { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" };
const cli = (...args: string[]) => runCli(args, undefined, env);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const logSession = (at: string, notes: string) =>
  cli("log", "--point", "soleus-1:large-ball:45:4", "--before", "heel-left:7", "--after", "heel-left:4", "--notes", notes, "--at", at);

describe("unknot import --replace, unknot backups and unknot import --backup", () => {
  it("lists no backups before any replace, and keeps the data directory private", () => {
    expect(cli("backups").stdout).toMatch(/^No backups in .*backups yet/);
    expect(logSession("2026-11-20T07:00:00+01:00", "kept entry").status).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, "unknot.sqlite")).mode & 0o777).toBe(0o600);
  });

  it("saves the diary before --replace and says where; `unknot backups` lists it; --backup restores it", () => {
    const file = join(parent, "older.json");
    expect(cli("export", "--out", file).status).toBe(0);
    expect(logSession("2026-11-21T07:00:00+01:00", "newer entry").status).toBe(0);
    const diaryBefore = cli("history", "--json").stdout;

    const replaced = cli("import", file, "--replace");
    expect(replaced.status).toBe(0);
    const savedTo = /The diary it replaced was saved to (.+\.json)\./.exec(replaced.stdout)?.[1] ?? "";
    expect(savedTo.startsWith(join(dataDir, "backups", "diary-"))).toBe(true);
    expect(statSync(savedTo).mode & 0o777).toBe(0o600);
    expect(cli("history", "--json").stdout).not.toContain("newer entry");

    const listed = JSON.parse(cli("backups", "--json").stdout) as { name: string; path: string }[];
    expect(listed.map((b) => b.path)).toEqual([savedTo]);
    expect(cli("backups").stdout).toMatch(
      new RegExp(`${listed[0]?.name.replaceAll(".", "\\.")}\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\s+\\d+ KB`),
    );

    const restored = cli("import", "--backup", listed[0]?.name ?? "");
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/Imported .*2 sessions.* from backup diary-/);
    expect(cli("history", "--json").stdout).toBe(diaryBefore);
    // The restore replaced a diary too, so that one was saved first: the restore can be undone the same way.
    expect(JSON.parse(cli("backups", "--json").stdout)).toHaveLength(2);
  });

  it("names what is wrong with a backup it cannot restore, and changes nothing", () => {
    const diaryBefore = cli("history", "--json").stdout;
    expect(cli("import", "--backup", "diary-2020-01-01T00-00-00.000Z.json").stderr).toMatch(
      /--backup: there is no backup .* `unknot backups` lists them/,
    );
    expect(cli("import", "--backup", "../unknot.sqlite").stderr).toMatch(/--backup: there is no backup/);
    expect(cli("import", join(parent, "older.json"), "--backup", "x").stderr).toMatch(/either a file or --backup/);
    expect(cli("import").stderr).toMatch(/file: name the backup file/);
    expect(cli("history", "--json").stdout).toBe(diaryBefore);
    expect(cli("import", "--help").stdout).toMatch(/--backup <name>/);
  });
});
