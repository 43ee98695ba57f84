import { currentIo } from "./io.ts";

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

/** The one place the CLI writes to stdout (commands, help and version alike). */
export function writeOutput(text: string): void {
  currentIo().writeOut(text);
}

/** The one place the CLI writes to stderr (its own errors and commander's). */
export function writeError(text: string): void {
  currentIo().writeErr(text);
}

/** Pads columns of a table of strings to equal width. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")).join("\n");
}
