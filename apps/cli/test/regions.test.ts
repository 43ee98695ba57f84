import { REGIONS } from "@unknot/core";
import { describe, expect, it } from "vitest";
import { regionsResult } from "../src/commands/regions.ts";
import { formatOutput } from "../src/output.ts";
import { runCli, spawnCli } from "./run-cli.ts";

describe("unknot regions", () => {
  it("prints the whole region vocabulary as JSON", async () => {
    const { status, stdout } = await runCli(["regions", "--json"]);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { regions: { id: string }[] };
    expect(parsed.regions.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
  });

  it("formats a readable table with one line per region", async () => {
    const text = formatOutput(regionsResult(), "text");
    expect(text.trimEnd().split("\n")).toHaveLength(REGIONS.length + 1);
    expect(text).toMatch(/temple-left\s+front\s+Temple, left/);
  });

  // These two run the real executable: its exit status is the process's own.
  it("shows help that says it is no diagnosis", () => {
    const { status, stdout } = spawnCli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("not a diagnosis");
    expect(stdout).toContain("regions");
  });

  it("fails on an unknown command with a message", () => {
    const { status, stderr } = spawnCli(["nonsense"]);
    expect(status).not.toBe(0);
    expect(stderr).toContain("unknown command");
  });
});
