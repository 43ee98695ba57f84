import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "unknot-cli-outcomes-"));
const env = { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, undefined, env);
const psfs = (at: string, scores: [number, number, number]) =>
  cli(
    "outcomes",
    "psfs",
    "--activity",
    `turning my head:${scores[0]}`,
    "--activity",
    `sleep: on my left side:${scores[1]}`,
    "--activity",
    `carrying shopping:${scores[2]}`,
    "--at",
    at,
  );

describe("unknot outcomes and unknot goal", () => {
  it("records a first PSFS, one three weeks later and a PGIC, and lists them newest first", async () => {
    expect((await psfs("2026-11-02T08:00:00+01:00", [2, 3, 3])).stdout).toMatch(/Saved PSFS .* for 2026-11-02/);
    await cli("log", "--check-in", "neck-back-left:7", "--at", "2026-11-02T08:05:00+01:00");
    expect((await psfs("2026-11-23T08:00:00+01:00", [6, 7, 6])).status).toBe(0);
    await cli("log", "--check-in", "neck-back-left:3", "--at", "2026-11-23T08:05:00+01:00");
    expect((await cli("outcomes", "pgic", "6", "--at", "2026-11-23T08:10:00+01:00")).stdout).toMatch(/Saved PGIC/);
    const list = (await cli("outcomes", "list", "--from", "2026-11-01", "--to", "2026-11-30")).stdout.split("\n");
    expect(list[1]).toMatch(/^2026-11-23\s+08:10\s+PGIC\s+6\/7, Much improved/);
    expect(list[2]).toMatch(/PSFS\s+average 6\.3: turning my head 6; sleep: on my left side 7; carrying shopping 6/);
    expect(list).toHaveLength(5);
  }, 120_000);

  it("says whether the change is likely meaningful, with the rules and their sources", async () => {
    const text = (await cli("outcomes", "change", "--from", "2026-11-01", "--to", "2026-11-30")).stdout;
    expect(text).toMatch(/^Likely a meaningful improvement \(2026-11-01 to 2026-11-30, 21 days followed\)/);
    expect(text).toContain("Pain: 7.0 → 3.0 (−4.0 points, −57 %): meaningful improvement.");
    expect(text).toContain("Function (PSFS): 2.7 → 6.3 (+3.7): meaningful improvement.");
    expect(text).toMatch(/Farrar JT.*Pain\. 2001;94\(2\):149–158/);
    expect(text).toMatch(/Stratford P.*Physiother Can\. 1995/);
    const json = JSON.parse((await cli("outcomes", "change", "--from", "2026-11-20", "--to", "2026-11-30", "--json")).stdout);
    expect(json.change).toMatchObject({ overall: "not-enough-data", advice: "keep-measuring" });
  }, 120_000);

  it("refuses bad measures naming the option, and stores nothing", async () => {
    const before = (await cli("outcomes", "list", "--from", "2026-01-01", "--to", "2026-12-31", "--json")).stdout;
    expect((await psfs("2026-11-24T08:00:00+01:00", [2, 11, 3])).stderr).toMatch(/--activity \(items\[1\]\.score\): must be from 0 to 10/);
    expect((await cli("outcomes", "psfs", "--activity", "typing:3")).stderr).toMatch(/--activity \(items\): name at least 3 activities/);
    expect((await cli("outcomes", "psfs", "--activity", "typing")).stderr).toMatch(/--activity: write it as "activity:score"/);
    expect((await cli("outcomes", "pgic", "8")).stderr).toMatch(/<score> \(score\): must be from 1 to 7/);
    expect((await cli("outcomes", "change", "--from", "1 Nov")).stderr).toMatch(/--from: must be a date/);
    expect((await cli("goal", "0")).stderr).toMatch(/sessionsPerWeek\): must be at least 1/);
    expect((await cli("outcomes", "list", "--from", "2026-01-01", "--to", "2026-12-31", "--json")).stdout).toBe(before);
  }, 120_000);

  it("sets a weekly goal, and carries outcomes and goals through export and import", async () => {
    expect((await cli("goal", "3")).stdout).toBe("Weekly goal set: 3 sessions a week.\n");
    const backup = join(dataDir, "backup.json");
    expect((await cli("export", "--out", backup)).status).toBe(0);
    const otherDir = mkdtempSync(join(tmpdir(), "unknot-cli-outcomes-import-"));
    const other = { UNKNOT_DATA_DIR: otherDir, DATABASE_URL: "" };
    try {
      expect((await runCli(["import", backup], undefined, other)).stdout).toMatch(/3 outcomes, 1 goals/);
      const list = async (e: Record<string, string>) =>
        (await runCli(["outcomes", "list", "--from", "2026-11-01", "--to", "2026-11-30", "--json"], undefined, e)).stdout;
      expect(await list(other)).toBe(await list(env));
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
    expect((await cli("export", "--format", "csv-outcomes")).stdout.split("\r\n")[0]).toBe(
      "date,taken at,measure,activity,score,scale,meaning",
    );
  }, 120_000);
});
