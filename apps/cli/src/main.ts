import { processIo } from "./io.ts";
import { runCli } from "./run.ts";

const status = await runCli(process.argv.slice(2), processIo);
// A failed write to stdout may already have set a failing status; a success must not clear it.
if (status !== 0) process.exitCode = status;
