import { CliError } from "./errors.ts";
import { OutputClosed } from "./output.ts";
import { buildProgram } from "./program.ts";

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  // OutputClosed: the reader of our output left (`unknot export | head`); nothing went wrong, so say nothing.
  if (!(error instanceof OutputClosed)) {
    process.stderr.write(`unknot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}
