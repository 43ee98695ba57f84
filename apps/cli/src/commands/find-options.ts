import { CliError } from "../errors.ts";
import { resolveId } from "../ids.ts";

/**
 * Parses `temple-left:7,mastoid-left` into pain marks; a missing intensity is left to the default.
 * `option` is the option the list came from, named in errors (`--pain`, `--before`, …).
 */
export function parsePainList(text: string, option = "--pain"): { region: string; intensity?: number }[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [typed = "", intensity] = item.split(":");
      const region = resolveId("region", option, typed);
      if (intensity === undefined) return { region };
      const value = Number(intensity);
      if (intensity.trim() === "" || !Number.isFinite(value))
        throw new CliError(`${option}: intensity of "${region}" must be a number from 0 to 10`);
      return { region, intensity: value };
    });
}

/** Parses `trapezius-upper-1:reproduces` items into press-test answers. */
export function parsePressTests(items: readonly string[]): { triggerPoint: string; result: string }[] {
  return items.map((item) => {
    const [triggerPoint = "", result = ""] = item.split(":");
    return { triggerPoint: resolveId("trigger point", "--press", triggerPoint), result };
  });
}
