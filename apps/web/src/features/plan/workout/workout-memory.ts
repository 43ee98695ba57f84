import { isRegionId, type RegionId } from "@unknot/core/vocabulary";
import { type WorkoutRequest } from "@unknot/core/planner";
import { STORAGE_KEYS, storedItem } from "../../../storage/browser-storage.ts";

/** How the muscles felt compared with before: after the routine, or the next day. */
export type Feedback = "better" | "same" | "worse";

const FEEDBACK: readonly string[] = ["better", "same", "worse"];
/** Read through `parseWorkoutMemory`, which checks every field. */
const saved = storedItem("local", STORAGE_KEYS.workoutMemory, (value) => parseWorkoutMemory(JSON.stringify(value)));

/** The last workout routine on this device and how it went; it shapes the next suggestion. */
export interface WorkoutMemory {
  activity: string;
  phase: "pre" | "post";
  name: string;
  /** The person's local date when the routine was run, `YYYY-MM-DD`. */
  date: string;
  minutes: number;
  steps: number;
  /** The areas to rate at the next-day check-in. */
  areas: RegionId[];
  afterRating?: Feedback;
  nextDayCheckIn?: Feedback;
}

function isFeedback(value: unknown): value is Feedback {
  return typeof value === "string" && FEEDBACK.includes(value);
}

/** Reads the saved memory; anything malformed is dropped rather than trusted. */
export function parseWorkoutMemory(raw: string | null): WorkoutMemory | undefined {
  try {
    const value = JSON.parse(raw ?? "null") as Partial<WorkoutMemory> | null;
    if (!value || typeof value.activity !== "string" || (value.phase !== "pre" && value.phase !== "post")) return undefined;
    if (typeof value.name !== "string" || typeof value.date !== "string") return undefined;
    return {
      activity: value.activity,
      phase: value.phase,
      name: value.name,
      date: value.date,
      minutes: typeof value.minutes === "number" ? value.minutes : 0,
      steps: typeof value.steps === "number" ? value.steps : 0,
      areas: Array.isArray(value.areas) ? value.areas.filter((r): r is RegionId => typeof r === "string" && isRegionId(r)) : [],
      ...(isFeedback(value.afterRating) ? { afterRating: value.afterRating } : {}),
      ...(isFeedback(value.nextDayCheckIn) ? { nextDayCheckIn: value.nextDayCheckIn } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The `previous` field of the next workout request: only the ratings the person gave. */
export function previousFeedback(memory: WorkoutMemory | undefined): WorkoutRequest["previous"] {
  if (!memory || (!memory.afterRating && !memory.nextDayCheckIn)) return undefined;
  return {
    ...(memory.afterRating ? { afterRating: memory.afterRating } : {}),
    ...(memory.nextDayCheckIn ? { nextDayCheckIn: memory.nextDayCheckIn } : {}),
  };
}

/** The memory saved on this device. */
export function loadWorkoutMemory(): WorkoutMemory | undefined {
  return saved.read();
}

/** Saves the memory on this device. */
export function saveWorkoutMemory(memory: WorkoutMemory): void {
  // Without storage the feedback still applies to the next suggestion on this visit.
  saved.write(memory);
}
