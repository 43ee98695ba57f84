import { CliError } from "../errors.ts";

/** Parses `temple-left:7,mastoid-left` into pain marks; a missing intensity is left to the default. */
export function parsePainList(text: string): { region: string; intensity?: number }[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [region = "", intensity] = item.split(":");
      if (intensity === undefined) return { region };
      const value = Number(intensity);
      if (intensity.trim() === "" || !Number.isFinite(value))
        throw new CliError(`--pain: intensity of "${region}" must be a number from 0 to 10`);
      return { region, intensity: value };
    });
}

/** Parses `trapezius-upper-1:reproduces` items into press-test answers. */
export function parsePressTests(items: readonly string[]): { triggerPoint: string; result: string }[] {
  return items.map((item) => {
    const [triggerPoint = "", result = ""] = item.split(":");
    return { triggerPoint, result };
  });
}
