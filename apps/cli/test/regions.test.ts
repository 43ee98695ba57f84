import { REGIONS } from "@unknot/core/vocabulary";
import { describe, expect, it } from "vitest";
import { regionsResult } from "../src/commands/regions.ts";
import { formatOutput } from "../src/output.ts";
import { runCli } from "./run-cli.ts";

describe("unknot regions", () => {
  it("prints the whole region vocabulary as JSON", () => {
    const { status, stdout } = runCli(["regions", "--json"]);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { regions: { id: string }[] };
    expect(parsed.regions.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
  });

  it("formats a readable table with one line per region", () => {
    const text = formatOutput(regionsResult(), "text");
    expect(text.trimEnd().split("\n")).toHaveLength(REGIONS.length + 1);
    expect(text).toMatch(/temple-left\s+front\s+Temple, left/);
  });

  it("shows help that says it is no diagnosis", () => {
    const { status, stdout } = runCli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("not a diagnosis");
    expect(stdout).toContain("regions");
  });

  it("fails on an unknown command with a message", () => {
    const { status, stderr } = runCli(["nonsense"]);
    expect(status).not.toBe(0);
    expect(stderr).toContain("unknown command");
  });
});
