import { REGIONS } from "@unknot/core/vocabulary";
import type { Command } from "commander";
import { formatOutput, formatTable, writeOutput, type Printable } from "../output.ts";

/** The region vocabulary, as printed by `unknot regions`. */
export function regionsResult(): Printable {
  return {
    data: { regions: REGIONS },
    text: () => formatTable([["ID", "VIEW", "LABEL"], ...REGIONS.map((r) => [r.id, r.view, r.label])]),
  };
}

/** `unknot regions [--json]`: lists the body regions a pain drawing is made of. */
export function registerRegionsCommand(program: Command): void {
  program
    .command("regions")
    .description("list the body regions a pain drawing is made of")
    .option("--json", "print JSON")
    .action((options: { json?: boolean }) => writeOutput(formatOutput(regionsResult(), options.json ? "json" : "text")));
}
