/** The most reminder times a person can set: more would nag. */
export const MAX_REMINDERS = 6;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a time of day written `HH:MM` (24-hour). */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === "string" && TIME.test(value);
}

/** Reads saved reminder times: valid `HH:MM` values only, without repeats, in order of the day, at most `MAX_REMINDERS`. */
export function parseReminderTimes(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? "[]");
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter(isTimeOfDay))].sort().slice(0, MAX_REMINDERS);
  } catch {
    return [];
  }
}

/** Adds a time, keeping the list sorted, unique and within the limit; returns the list unchanged when it cannot. */
export function addReminderTime(times: readonly string[], time: string): string[] {
  if (!isTimeOfDay(time) || times.includes(time) || times.length >= MAX_REMINDERS) return [...times];
  return [...times, time].sort();
}

/** The moment a time of day falls on the local calendar day of `day`. */
function onDay(day: Date, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

/**
 * The reminder times that came due after `since` and up to `now` (both device-local clock readings). Yesterday's
 * occurrences count too, so a check just after midnight still catches 23:59. A gap longer than a day (a laptop asleep)
 * reports each time once, not once per missed day.
 */
export function dueReminders(times: readonly string[], since: Date, now: Date): string[] {
  if (now <= since) return [];
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return times.filter((time) => [onDay(yesterday, time), onDay(now, time)].some((at) => at > since && at <= now));
}
