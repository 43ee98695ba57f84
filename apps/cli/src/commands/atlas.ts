import { atlasDocument, findMuscle, isAnatomicalRegion, referralsTo, findTriggerPoint, type AnatomicalRegion } from "@unknot/core";
import type { Command } from "commander";
import { CliError } from "../errors.ts";
import { formatOutput, formatTable, writeOutput, type Printable } from "../output.ts";
import { renderMuscle } from "./atlas-render.ts";

/** The atlas entry of one muscle. */
export function muscleResult(id: string): Printable {
  const muscle = findMuscle(id);
  if (!muscle) throw new CliError(`muscle: unknown muscle "${id}" (see \`unknot atlas --json\` for ids)`);
  return { data: muscle, text: () => renderMuscle(muscle) };
}

/** The trigger points that refer to an anatomical region, essential first. */
export function regionReferralsResult(region: string): Printable {
  const base = region.replace(/-(left|right)$/, "");
  if (!isAnatomicalRegion(base)) throw new CliError(`--region: unknown region "${region}"`);
  const referrals = referralsTo(base as AnatomicalRegion);
  return {
    data: { region: base, referrals },
    text: () =>
      referrals.length === 0
        ? `No trigger point in the atlas refers to ${base}.`
        : formatTable([
            ["KIND", "TRIGGER POINT", "MUSCLE"],
            ...referrals.map((r) => [r.kind, findTriggerPoint(r.triggerPointId)?.point.name ?? r.triggerPointId, r.muscleId]),
          ]),
  };
}

/** `unknot atlas [MUSCLE] [--region R] [--json]`. */
export function registerAtlasCommand(program: Command): void {
  program
    .command("atlas")
    .description("show the trigger point atlas: everything (--json), one muscle, or what refers to a region")
    .argument("[muscle]", "a muscle id such as trapezius")
    .option("--region <region>", "list the trigger points that refer pain to this region, essential first")
    .option("--json", "print JSON")
    .action((muscle: string | undefined, options: { region?: string; json?: boolean }) => {
      const format = options.json ? "json" : "text";
      if (options.region) return writeOutput(formatOutput(regionReferralsResult(options.region), format));
      if (muscle) return writeOutput(formatOutput(muscleResult(muscle), format));
      if (!options.json) throw new CliError("name a muscle, give --region, or use --json for the whole atlas");
      writeOutput(`${JSON.stringify(atlasDocument(), null, 2)}\n`);
    });
}
