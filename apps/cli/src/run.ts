import { CommanderError } from "commander";
import { CliError } from "./errors.ts";
import { withIo, OutputClosed, type CliIo } from "./io.ts";
import { writeError } from "./output.ts";
import { buildProgram } from "./program.ts";

/**
 * Runs `unknot ARGV` with `io` as its streams and environment and returns its exit status: the
 * executable runs it with the process's own, tests in process with buffers against a real diary.
 */
export function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return withIo(io, async () => {
    try {
      await buildProgram().parseAsync([...argv], { from: "user" });
      return 0;
    } catch (error) {
      return reportError(error);
    }
  });
}

function reportError(error: unknown): number {
  // commander has already printed its help, version or usage error.
  if (error instanceof CommanderError) return error.exitCode;
  // The reader of our output left (`unknot export | head`); nothing went wrong, so say nothing.
  if (error instanceof OutputClosed) return 0;
  writeError(`unknot: ${error instanceof Error ? error.message : String(error)}\n`);
  return error instanceof CliError ? error.exitCode : 1;
}
