import { z } from "zod";
import { DEFAULT_PAIN_CEILING, MAX_PAIN_CEILING } from "../atlas/pain-ceiling.ts";
import { parseWith, type Parsed } from "../validation.ts";

/** The tools a person may have at hand; `thumb` stands for working with the thumb and fingers. */
export const TOOLS = ["thumb", "small-ball", "large-ball", "foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"] as const;
/** One tool a person may have at hand. */
export type Tool = (typeof TOOLS)[number];

export { DEFAULT_PAIN_CEILING, MAX_PAIN_CEILING };

/** How a person wants to work: experience, sensitivity, tools, time, pain ceiling and frequency. */
export const PreferencesSchema = z.strictObject({
  experience: z.enum(["new", "practised"], { error: 'must be "new" or "practised"' }).default("new"),
  painSensitivity: z.enum(["low", "normal", "high"], { error: 'must be "low", "normal" or "high"' }).default("normal"),
  tools: z
    .array(z.enum(TOOLS, { error: (issue) => `unknown tool "${String(issue.input)}" (one of ${TOOLS.join(", ")})` }))
    .max(TOOLS.length * 2)
    .default(["thumb"]),
  minutesAvailable: z.number().int("must be whole minutes").min(5, "must be at least 5").max(60, "must be at most 60").default(10),
  painCeiling: z
    .number()
    .int("must be a whole number")
    .min(1, "must be from 1 to 7")
    .max(MAX_PAIN_CEILING, `must be at most ${MAX_PAIN_CEILING}: stronger pain does not release a muscle faster`)
    .default(DEFAULT_PAIN_CEILING),
  timesPerDay: z.number().int("must be a whole number").min(1, "must be from 1 to 4").max(4, "must be from 1 to 4").default(1),
});

/** Validated preferences with defaults filled in. */
export type Preferences = z.infer<typeof PreferencesSchema>;

/** Preferences as a caller may give them: every field optional. */
export type PreferencesInput = z.input<typeof PreferencesSchema>;

/** Validates untrusted preferences; on failure the message names the field, e.g. `painCeiling`. */
export function parsePreferences(raw: unknown): Parsed<Preferences> {
  return parseWith(PreferencesSchema, raw ?? {}, "preferences");
}

/** A beginner or a pain-sensitive person: broad, gentle contact and lighter doses suit them. */
export function wantsGentle(prefs: Preferences): boolean {
  return prefs.experience === "new" || prefs.painSensitivity === "high";
}
