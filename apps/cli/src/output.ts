/** How a command's result is printed. */
export type OutputFormat = "json" | "text";

/** A result a command can print: JSON as it is, text through its own renderer. */
export interface Printable {
  data: unknown;
  text: () => string;
}

/** Renders a result for stdout; pure, so each command's output can be tested without a process. */
export function formatOutput(result: Printable, format: OutputFormat): string {
  const body = format === "json" ? JSON.stringify(result.data, null, 2) : result.text();
  return body.endsWith("\n") ? body : `${body}\n`;
}

/**
 * Raised by `writeOutput` once whoever reads stdout has gone, as in `unknot export | head`: the
 * command stops there and `main` ends quietly, as command-line tools do when their reader leaves.
 */
export class OutputClosed extends Error {
  constructor() {
    super("standard output was closed");
  }
}

let stdoutClosed = false;
let watchingStdout = false;

/**
 * A closed pipe is reported as an `error` event after the write that hit it; unhandled, Node prints
 * a stack trace. Note it instead, so the next write stops the command. Any other write error is
 * reported in one line and fails the command.
 */
function watchStdout(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code === "EPIPE") return;
    process.stderr.write(`unknot: cannot write to standard output: ${error.message}\n`);
    process.exitCode = 1;
  });
}

/** The one place the CLI writes to stdout (commands, help and version alike). */
export function writeOutput(text: string): void {
  watchStdout();
  if (stdoutClosed) throw new OutputClosed();
  process.stdout.write(text);
}

/** Pads columns of a table of strings to equal width. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")).join("\n");
}
