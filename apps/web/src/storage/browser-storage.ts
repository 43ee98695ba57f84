// The one way the web app keeps things in the browser (localStorage for this device, sessionStorage for this tab).
// Every read is checked: a value that is missing, not JSON, or not of the expected shape (an older version, a hand
// edit, another app on the same origin) reads as nothing, never as a crash. Storage can also be unavailable (private
// browsing, a full quota, a blocked origin): writes then do nothing and the app carries on for this visit.

/** Where a value lives: on this device, or in this tab only. */
export type StorageArea = "local" | "session";

/** Turns what was stored into a value of the expected shape, or `undefined` when it is not one. */
export type StoredShape<T> = (value: unknown) => T | undefined;

/** A value kept under one key of one storage area. */
export interface StoredItem<T> {
  /** The value, or `undefined` when nothing usable is stored. */
  read(): T | undefined;
  write(value: T): void;
  remove(): void;
  /** The stored text itself, for comparing snapshots cheaply (empty when nothing is stored). */
  text(): string;
}

/** Every key the app uses, so two features can never pick the same one by accident. */
export const STORAGE_KEYS = {
  outbox: "unknot.outbox.sessions",
  answers: "unknot.outbox.answers",
  planPrefs: "unknot.plan.prefs",
  reminder: "unknot.reminder",
  reminderLegacy: "unknot.reminders",
  handoff: "unknot.handoff.routine",
  handoffProgramme: "unknot.handoff.routineId",
  workoutMemory: "unknot.workout.last",
  sessionInProgress: "unknot.session-in-progress",
  sessionRun: "unknot.session-in-progress.run",
  spokenPrompts: "unknot.spoken-prompts",
  scrollPlaces: "unknot.scroll-positions",
} as const;

function area(which: StorageArea): Storage | undefined {
  try {
    return which === "local" ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A schema (zod's or any with `safeParse`) as a stored shape. */
export function shapeOf<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): StoredShape<T> {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : undefined;
  };
}

/** How a value is written: as JSON (the default), or as plain text for a value that is a string already. */
export type StoredFormat = "json" | "text";

/** A value under `key`, read through `shape`. */
export function storedItem<T>(which: StorageArea, key: string, shape: StoredShape<T>, format: StoredFormat = "json"): StoredItem<T> {
  const text = (): string => {
    try {
      return area(which)?.getItem(key) ?? "";
    } catch {
      return "";
    }
  };
  return {
    read: () => {
      const raw = text();
      if (raw === "") return undefined;
      try {
        return shape(format === "json" ? JSON.parse(raw) : raw);
      } catch {
        return undefined;
      }
    },
    write: (value) => {
      try {
        area(which)?.setItem(key, format === "json" ? JSON.stringify(value) : String(value));
      } catch {
        // No storage, or it is full: the value lasts for this visit only.
      }
    },
    remove: () => {
      try {
        area(which)?.removeItem(key);
      } catch {
        // Nothing kept, nothing to remove.
      }
    },
    text,
  };
}

/** A plain object (not an array, not null), the usual first check of a stored shape. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
