import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "unknot-cli-"));
const env = { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("unknot log, history and db migrate", () => {
  it("migrates a new data directory and then finds it up to date", async () => {
    expect((await runCli(["db", "migrate"], undefined, env)).stdout).toMatch(/Applied \d+ migration/);
    expect((await runCli(["db", "migrate"], undefined, env)).stdout).toMatch(/up to date/);
  });

  it("logs a session and shows it in history with its pain before and after", async () => {
    const logged = await runCli(
      [
        "log",
        "--point",
        "trapezius-upper-1:large-ball:60:4",
        "--before",
        "temple-left:6",
        "--after",
        "temple-left:3",
        "--notes",
        "eased, then warm",
        "--at",
        "2026-11-20T07:30:00+01:00",
      ],
      undefined,
      env,
    );
    expect(logged.status).toBe(0);
    expect(logged.stdout).toMatch(/Saved session .* for 2026-11-20/);
    const history = await runCli(["history", "--from", "2026-11-01", "--region", "temple-left"], undefined, env);
    expect(history.stdout).toMatch(/2026-11-20\s+07:30\s+trapezius-upper-1\s+6\.0 → 3\.0\s+eased, then warm/);
  });

  it("logs a check-in", async () => {
    expect((await runCli(["log", "--check-in", "temple-left:2", "--at", "2026-11-21T08:00:00+01:00"], undefined, env)).stdout).toMatch(
      /Saved check-in/,
    );
  });

  it("refuses bad entries naming the option, and stores nothing", async () => {
    const before = (await runCli(["history", "--json"], undefined, env)).stdout;
    const bad = await runCli(["log", "--point", "trapezius-upper-1:large-ball:60:4", "--before", "temple-left:16"], undefined, env);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--before \(painBefore\[0\]\.intensity\): must be from 0 to 10/);
    expect((await runCli(["log", "--point", "nope:large-ball"], undefined, env)).stderr).toMatch(/--point.*unknown trigger point "nope"/);
    expect((await runCli(["history", "--from", "20-11-2026"], undefined, env)).stderr).toMatch(/--from: must be a date/);
    expect((await runCli(["history", "--json"], undefined, env)).stdout).toBe(before);
  });
});

describe("unknot export and import", () => {
  it("exports a backup that imports into a fresh data directory without loss", async () => {
    await runCli(
      [
        "log",
        "--point",
        "soleus-1:large-ball:45:4",
        "--before",
        "heel-left:7",
        "--after",
        "heel-left:4",
        "--at",
        "2026-11-22T07:00:00+01:00",
      ],
      undefined,
      env,
    );
    const backup = join(dataDir, "backup.json");
    expect((await runCli(["export", "--format", "json", "--out", backup], undefined, env)).status).toBe(0);
    expect(existsSync(`${backup}.partial`)).toBe(false);
    expect((await runCli(["export", "--out", join(dataDir, "no-such-folder", "b.json")], undefined, env)).stderr).toMatch(
      /--out: cannot write/,
    );
    const otherDir = mkdtempSync(join(tmpdir(), "unknot-cli-import-"));
    const other = { UNKNOT_DATA_DIR: otherDir, DATABASE_URL: "" };
    try {
      expect((await runCli(["import", backup], undefined, other)).stdout).toMatch(
        /Imported \d+ assessments, \d+ pressTests, \d+ routines, 2 sessions, 1 checkIns/,
      );
      expect((await runCli(["history", "--json"], undefined, other)).stdout).toBe(
        (await runCli(["history", "--json"], undefined, env)).stdout,
      );
      expect((await runCli(["import", backup], undefined, other)).stderr).toMatch(/--replace/);
      expect((await runCli(["import", backup, "--replace"], undefined, other)).status).toBe(0);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it("prints CSV and FHIR to standard output and names a bad format", async () => {
    expect((await runCli(["export", "--format", "csv"], undefined, env)).stdout).toMatch(/^date,/);
    expect(JSON.parse((await runCli(["export", "--format", "fhir"], undefined, env)).stdout)).toMatchObject({
      resourceType: "Bundle",
      type: "collection",
    });
    expect((await runCli(["export", "--format", "xml"], undefined, env)).stderr).toMatch(/--format: must be one of/);
    const printed = (await runCli(["export"], undefined, env)).stdout;
    expect(JSON.parse(printed)).toMatchObject({ format: "unknot-backup", sessions: [{}, {}] });
  });
});
