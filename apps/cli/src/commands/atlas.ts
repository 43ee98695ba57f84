import { ATLAS, atlasDocument, findMuscle, findTriggerPoint, referralsTo, type MuscleRecord } from "@unknot/core/atlas";
import { areaLabel } from "@unknot/core/planner";
import { MUSCLE_GROUPS, MUSCLES, type AnatomicalRegion } from "@unknot/core/vocabulary";
import type { Command } from "commander";
import { CliError } from "../errors.ts";
import { resolveId, unknownIdMessage } from "../ids.ts";
import { formatOutput, formatTable, writeOutput, type Printable } from "../output.ts";
import { renderMuscle } from "./atlas-render.ts";

/** The words of a name or id: `Upper trapezius, point 1` → upper, trapezius, point, 1. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Everything a muscle may be called by: its id, its name, and its points' ids and names. */
const namesOf = (muscle: MuscleRecord) =>
  new Set(wordsOf([muscle.id, muscle.name, ...muscle.triggerPoints.flatMap((p) => [p.id, p.name])].join(" ")));

/**
 * The muscle `typed` names, in any case: an id (`Trapezius`), a name (`Suboccipital muscles`), or
 * words that name one muscle only (`upper trapezius`, from its points' names). Otherwise an error
 * with the ids the person most likely meant, and a pointer to `--region` when they typed a region.
 */
export function resolveMuscle(typed: string): MuscleRecord {
  const words = wordsOf(typed);
  const matching = words.length === 0 ? [] : ATLAS.filter((m) => words.every((word) => namesOf(m).has(word)));
  const exact = matching.find((m) => wordsOf(m.id).join("-") === words.join("-") || wordsOf(m.name).join("-") === words.join("-"));
  const only = matching.length === 1 ? matching[0] : undefined;
  const muscle = exact ?? only;
  if (muscle) return muscle;
  const candidates = matching.length > 1 ? matching.map((m) => m.id) : undefined;
  throw new CliError(unknownIdMessage("muscle", "muscle", typed, candidates) + regionHint(typed));
}

function regionHint(typed: string): string {
  try {
    const region = resolveId("place", "--region", typed);
    return `; to see what refers pain to the ${areaLabel(region.replace(/-(left|right)$/, "") as AnatomicalRegion)}, use --region ${region}`;
  } catch {
    return "";
  }
}

/** The atlas entry of one muscle. */
export function muscleResult(typed: string): Printable {
  const muscle = resolveMuscle(typed);
  return { data: muscle, text: () => renderMuscle(muscle) };
}

/** The trigger points that refer to an anatomical region, essential first. */
export function regionReferralsResult(typed: string): Printable {
  const base = resolveId("place", "--region", typed).replace(/-(left|right)$/, "") as AnatomicalRegion;
  const referrals = referralsTo(base);
  const muscleName = (id: string) => findMuscle(id)?.name ?? id;
  return {
    data: { region: base, referrals },
    text: () =>
      referrals.length === 0
        ? `No trigger point in the atlas refers to the ${areaLabel(base)}.`
        : formatTable([
            ["KIND", "TRIGGER POINT", "MUSCLE"],
            ...referrals.map((r) => [r.kind, findTriggerPoint(r.triggerPointId)?.point.name ?? r.triggerPointId, muscleName(r.muscleId)]),
          ]),
  };
}

/** Every muscle with its name, one a line, grouped by body area head to foot. */
export function muscleListResult(): Printable {
  const muscles = MUSCLE_GROUPS.flatMap(({ group, label }) =>
    MUSCLES.filter((m) => m.group === group).map((m) => ({ id: m.id, name: m.name, group, area: label })),
  );
  // One table for all areas, so the names line up from the first area to the last.
  const lines = formatTable(muscles.map((m) => [`  ${m.id}`, m.name])).split("\n");
  const linesOf = (group: string) => lines.filter((_, i) => muscles[i]?.group === group);
  return {
    data: { muscles },
    text: () => MUSCLE_GROUPS.map(({ group, label }) => [label.toUpperCase(), ...linesOf(group)].join("\n")).join("\n\n"),
  };
}

/** `unknot atlas [MUSCLE] [--region R] [--list] [--json]`. */
export function registerAtlasCommand(program: Command): void {
  program
    .command("atlas")
    .description("show the trigger point atlas: one muscle, what refers to a region, every muscle (--list), or everything (--json)")
    .argument("[muscle...]", 'a muscle id or name in any case, e.g. trapezius or "upper trapezius"')
    .option("--region <region>", "list the trigger points that refer pain to this region, essential first")
    .option("--list", "list every muscle with its name, by body area")
    .option("--json", "print JSON")
    .action((muscle: string[], options: { region?: string; list?: boolean; json?: boolean }) => {
      const format = options.json ? "json" : "text";
      if (options.region) return writeOutput(formatOutput(regionReferralsResult(options.region), format));
      if (muscle.length > 0) return writeOutput(formatOutput(muscleResult(muscle.join(" ")), format));
      if (options.list) return writeOutput(formatOutput(muscleListResult(), format));
      if (!options.json) throw new CliError("name a muscle, give --region, use --list to see every muscle, or --json for the whole atlas");
      writeOutput(`${JSON.stringify(atlasDocument(), null, 2)}\n`);
    });
}
