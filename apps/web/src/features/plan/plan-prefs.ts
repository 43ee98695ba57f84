import { DEFAULT_PAIN_CEILING, MAX_PAIN_CEILING } from "@unknot/core/atlas";
import { PreferencesSchema, type Preferences } from "@unknot/core/planner";
import { shapeOf, STORAGE_KEYS, storedItem } from "../../storage/browser-storage.ts";

const saved = storedItem("local", STORAGE_KEYS.planPrefs, shapeOf(PreferencesSchema));

/** Gentle defaults: new to this, thumb and a large soft ball, ten minutes, the default ceiling of 5, once a day. */
export const DEFAULT_PLAN_PREFS: Preferences = {
  experience: "new",
  painSensitivity: "normal",
  tools: ["thumb", "large-ball"],
  minutesAvailable: 10,
  painCeiling: DEFAULT_PAIN_CEILING,
  timesPerDay: 1,
};

/**
 * Reads saved preferences; anything missing or no longer valid falls back to the default for that field, so an old or
 * tampered value can never raise the pain ceiling above the maximum.
 */
export function parseSavedPrefs(raw: string | null): Preferences {
  let value: unknown;
  try {
    value = raw ? JSON.parse(raw) : {};
  } catch {
    return DEFAULT_PLAN_PREFS;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return DEFAULT_PLAN_PREFS;
  const merged: Record<string, unknown> = { ...DEFAULT_PLAN_PREFS };
  for (const [key, field] of Object.entries(PreferencesSchema.shape)) {
    const saved = (value as Record<string, unknown>)[key];
    if (saved !== undefined && field.safeParse(saved).success) merged[key] = saved;
  }
  const prefs = PreferencesSchema.parse(merged);
  return { ...prefs, painCeiling: Math.min(prefs.painCeiling, MAX_PAIN_CEILING) };
}

/** The preferences saved on this device, or the defaults. */
export function loadPrefs(): Preferences {
  // Read field by field (`parseSavedPrefs`), so one outdated field does not throw away the others.
  return parseSavedPrefs(saved.text() || null);
}

/** Remembers preferences on this device. */
export function savePrefs(prefs: Preferences): void {
  // Private browsing or a full storage: the preferences still apply to this visit.
  saved.write(prefs);
}
