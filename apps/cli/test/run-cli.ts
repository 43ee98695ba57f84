import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCli as run } from "../src/run.ts";

const BIN = fileURLToPath(new URL("../bin/unknot.mjs", import.meta.url));

/** What a run of `unknot` left: its exit status and everything it wrote. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `unknot ARGS` in this process, with `input` as stdin and extra environment variables, against
 * the real diary they name: the same program as the executable, without a process start per call.
 */
export async function runCli(args: string[], input?: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await run(args, {
    writeOut: (text) => void (stdout += text),
    writeErr: (text) => void (stderr += text),
    readIn: () => Promise.resolve(input ?? ""),
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}

/** Runs the real `unknot` executable with `args`, optional stdin and extra environment variables. */
export function spawnCli(args: string[], input?: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The message of the error `run` throws, or "" when it throws none. */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}
