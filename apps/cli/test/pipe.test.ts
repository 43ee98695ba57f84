import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const BIN = fileURLToPath(new URL("../bin/unknot.mjs", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "unknot-cli-pipe-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * Runs `unknot ARGS | READER` in bash, a real pipe, and returns unknot's own exit status and
 * standard error (the reader's output is thrown away).
 */
function runPiped(args: string[], reader: string) {
  const script = `err=$(mktemp); "$NODE" "$BIN" "$@" 2>"$err" | ${reader}; status=\${PIPESTATUS[0]}; cat "$err" >&2; rm -f "$err"; exit $status`;
  const result = spawnSync("bash", ["-c", script, "unknot", ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NODE: process.execPath, BIN, UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" },
  });
  return { status: result.status, stderr: result.stderr };
}

describe("a reader that stops reading early", () => {
  it("ends `unknot atlas --json | head -n 1` quietly with status 0", async () => {
    expect(runPiped(["atlas", "--json"], "head -n 1 >/dev/null")).toEqual({ status: 0, stderr: "" });
  });

  it("ends `unknot export | true` quietly, the reader gone before the first write", async () => {
    const logged = await runCli(["log", "--check-in", "temple-left:2", "--at", "2026-11-21T08:00:00+01:00"], undefined, {
      UNKNOT_DATA_DIR: dataDir,
      DATABASE_URL: "",
    });
    expect(logged.status).toBe(0);
    expect(runPiped(["export"], "true")).toEqual({ status: 0, stderr: "" });
  });

  it("ends a short text output to a closed pipe quietly", async () => {
    expect(runPiped(["regions"], "true")).toEqual({ status: 0, stderr: "" });
  });

  it("still reports real errors while piped", async () => {
    const piped = runPiped(["atlas", "bicepz"], "true");
    expect(piped.status).toBe(2);
    expect(piped.stderr).toMatch(/unknown muscle "bicepz"/);
  });
});
