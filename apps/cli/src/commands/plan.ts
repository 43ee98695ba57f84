import {
  ACTIVITY_IDS,
  TOOLS,
  buildRoutine,
  buildWorkoutRoutine,
  parsePreferences,
  PlannerInputError,
  type BuiltRoutine,
  type Preferences,
  type WorkoutRequest,
} from "@unknot/core/planner";
import { TOOL_LABELS, normaliseId } from "@unknot/core/vocabulary";
import type { Command } from "commander";
import { CliError } from "../errors.ts";
import { resolveId } from "../ids.ts";
import { addHiddenAlias, collectList } from "../list-options.ts";
import { formatOutput, writeOutput, type Printable } from "../output.ts";
import { renderRoutine } from "./plan-render.ts";

/** The options of `unknot plan`, as commander hands them over (`--points` and `--tools` are hidden aliases). */
export interface PlanOptions {
  point?: string[];
  experience?: string;
  sensitivity?: string;
  tool?: string[];
  minutes?: string;
  ceiling?: string;
  times?: string;
  workout?: string;
  phase?: string;
  feel?: string;
  after?: string;
  nextDay?: string;
  json?: boolean;
}

// Core names fields by their place in the request; the person typed options.
const OPTION_FOR_FIELD: [RegExp, string][] = [
  [/^(prefs\.)?experience/, "--experience"],
  [/^(prefs\.)?painSensitivity/, "--sensitivity"],
  [/^(prefs\.)?tools/, "--tool"],
  [/^(prefs\.)?minutesAvailable/, "--minutes"],
  [/^(prefs\.)?painCeiling/, "--ceiling"],
  [/^(prefs\.)?timesPerDay/, "--times"],
  [/^points/, "--point"],
  [/^activity/, "--workout"],
  [/^phase/, "--phase"],
  [/^feelings/, "--feel"],
  [/^previous\.afterRating/, "--after"],
  [/^previous\.nextDayCheckIn/, "--next-day"],
];

function optionError(field: string, message: string): CliError {
  const option = OPTION_FOR_FIELD.find(([pattern]) => pattern.test(field))?.[1];
  const detail = message.slice(message.indexOf(": ") + 2);
  return new CliError(option ? `${option}: ${detail}` : message);
}

/** Builds the routine or workout routine the options ask for; bad options raise a `CliError` naming the option. */
export function planResult(options: PlanOptions): Printable {
  const points = options.point ?? [];
  if (points.length > 0 && options.workout) throw new CliError("give either --point or --workout, not both");
  const prefs = preferencesFrom(options);
  try {
    const built = options.workout ? buildWorkoutRoutine(workoutRequest(options.workout, options, prefs)) : routineFor(points, prefs);
    return { data: built, text: () => renderRoutine(built) };
  } catch (error) {
    if (error instanceof PlannerInputError) throw optionError(error.field, error.message);
    throw error;
  }
}

function routineFor(points: readonly string[], prefs: Preferences): BuiltRoutine {
  if (points.length === 0)
    throw new CliError("name trigger points with --point (e.g. --point trapezius-upper-1,infraspinatus-1) or use --workout");
  return buildRoutine({ points: points.map((id) => resolveId("trigger point", "--point", id)), prefs });
}

function workoutRequest(activity: string, options: PlanOptions, prefs: Preferences): WorkoutRequest {
  if (!options.phase) throw new CliError("--phase is required with --workout: pre (before training) or post (after)");
  const previous = {
    ...(options.after !== undefined ? { afterRating: options.after } : {}),
    ...(options.nextDay !== undefined ? { nextDayCheckIn: options.nextDay } : {}),
  };
  return {
    activity: resolveId("activity", "--workout", activity) as WorkoutRequest["activity"],
    phase: options.phase as WorkoutRequest["phase"],
    feelings: collectList(options.feel ?? "").map(parseFeeling),
    prefs,
    ...(Object.keys(previous).length > 0 ? { previous: previous as WorkoutRequest["previous"] } : {}),
  };
}

function parseFeeling(item: string): { region: string; feeling: "stiff" | "sore" | "fine" } {
  const [typed = "", feeling] = item.split(":");
  if (!feeling) throw new CliError(`--feel: "${typed}" needs a feeling, e.g. ${typed || "calf-left"}:sore (stiff, sore or fine)`);
  return { region: resolveId("region", "--feel", typed), feeling: feeling as "stiff" | "sore" | "fine" };
}

function preferencesFrom(options: PlanOptions): Preferences {
  const raw = {
    ...(options.experience !== undefined ? { experience: options.experience } : {}),
    ...(options.sensitivity !== undefined ? { painSensitivity: options.sensitivity } : {}),
    ...(options.tool !== undefined ? { tools: options.tool.map((tool) => resolveId("tool", "--tool", tool)) } : {}),
    ...number("--minutes", "minutesAvailable", options.minutes),
    ...number("--ceiling", "painCeiling", options.ceiling),
    ...number("--times", "timesPerDay", options.times),
  };
  const parsed = parsePreferences(raw);
  if (!parsed.ok) throw optionError(parsed.field, parsed.error);
  return parsed.value;
}

function number(option: string, field: string, value: string | undefined): Record<string, number> {
  if (value === undefined) return {};
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed)) throw new CliError(`${option}: must be a number`);
  return { [field]: parsed };
}

/** `unknot plan`: a self-treatment routine for chosen trigger points, or a routine around a workout. */
export function registerPlanCommand(program: Command): void {
  const plan = program
    .command("plan")
    .description("build a routine for chosen trigger points, or a short routine before or after training")
    .option(
      "--point <ids>",
      "trigger point ids in order of priority (repeat or comma-separate), e.g. trapezius-upper-1,infraspinatus-1",
      collectList,
    )
    .option("--experience <level>", "new or practised (default new)")
    .option("--sensitivity <level>", "pain sensitivity: low, normal or high (default normal)")
    .option("--tool <tools>", `tools at hand (repeat or comma-separate; default thumb): ${toolsHelp()}`, collectList)
    .option("--minutes <n>", "minutes available, 5–60 (default 10)")
    .option("--ceiling <n>", "pain ceiling out of 10, 1–7 (default 5)")
    .option("--times <n>", "sessions a day, 1–4 (default 1)")
    .option("--workout <activity>", `plan around training: ${ACTIVITY_IDS.join(", ")}`)
    .option("--phase <phase>", "with --workout: pre (before training) or post (after)")
    .option("--feel <areas>", "with --workout: how areas feel, e.g. calf-left:sore,thigh-front-right:stiff")
    .option("--after <rating>", "with --workout: how the last routine left you right after: better, same or worse")
    .option("--next-day <rating>", "with --workout: how you felt the day after the last routine: better, same or worse")
    .option("--json", "print JSON")
    .action((options: PlanOptions) => {
      writeOutput(formatOutput(planResult(options), options.json ? "json" : "text"));
    });
  // The spellings before the CLI settled on singular list options.
  addHiddenAlias(plan, "--points <ids>", "point");
  addHiddenAlias(plan, "--tools <tools>", "tool");
}

/** `thumb (thumb and fingers; fingers, pincer or hands work too), small-ball (small hard ball), foam-roller, …`. */
function toolsHelp(): string {
  return TOOLS.map((tool) => {
    const label = TOOL_LABELS[tool].toLowerCase();
    if (tool === "thumb") return `thumb (${label}; fingers, pincer or hands work too)`;
    return normaliseId(label) === tool ? tool : `${tool} (${label})`;
  }).join(", ");
}
