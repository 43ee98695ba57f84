import { addDays } from "@unknot/core/stats";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reminder as a person sets it on this device: one time a day at most, quiet hours, snooze. */
export interface ReminderSettings {
  /** The one time of day to remind (`HH:MM`), or undefined for no reminder. */
  time: string | undefined;
  /** No reminder from `quiet.from` until `quiet.to` (it may run past midnight). */
  quiet: { from: string; to: string };
  /** No reminder before this local date (`YYYY-MM-DD`): snoozed until then. */
  snoozedUntil: string | undefined;
  /** The local date whose reminder was last handled (shown, or skipped because a session was done): one a day at most. */
  handledFor: string | undefined;
}

/** Quiet from 22:00 to 07:00 unless the person changes it. */
export const DEFAULT_QUIET = { from: "22:00", to: "07:00" } as const;

/** True for a time of day written `HH:MM` (24-hour). */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === "string" && TIME.test(value);
}

const dateOrUndefined = (value: unknown) => (typeof value === "string" && DATE.test(value) ? value : undefined);

/**
 * Reads saved settings, keeping only valid values. `legacy` is the list of times an earlier version kept: its first
 * time becomes the one daily reminder.
 */
export function parseReminderSettings(raw: string | null, legacy: string | null = null): ReminderSettings {
  const value = readJson(raw) as Partial<Record<keyof ReminderSettings, unknown>> | undefined;
  const oldTimes = readJson(legacy);
  const fromLegacy = Array.isArray(oldTimes) ? oldTimes.filter(isTimeOfDay).sort()[0] : undefined;
  const quiet = value?.quiet as { from?: unknown; to?: unknown } | undefined;
  return {
    time: isTimeOfDay(value?.time) ? value.time : value ? undefined : fromLegacy,
    quiet: isTimeOfDay(quiet?.from) && isTimeOfDay(quiet?.to) ? { from: quiet.from, to: quiet.to } : { ...DEFAULT_QUIET },
    snoozedUntil: dateOrUndefined(value?.snoozedUntil),
    handledFor: dateOrUndefined(value?.handledFor),
  };
}

function readJson(raw: string | null): unknown {
  try {
    const value: unknown = JSON.parse(raw ?? "null");
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** True when `time` falls in the quiet hours (`from` included, `to` excluded); quiet hours may run past midnight. */
export function inQuietHours(time: string, quiet: { from: string; to: string }): boolean {
  if (quiet.from === quiet.to) return false;
  return quiet.from < quiet.to ? time >= quiet.from && time < quiet.to : time >= quiet.from || time < quiet.to;
}

/** Why a reminder time cannot be used with these quiet hours, or undefined when it can. */
export function reminderTimeProblem(time: string, quiet: { from: string; to: string }): string | undefined {
  if (!isTimeOfDay(time)) return "Choose a time of day.";
  if (inQuietHours(time, quiet))
    return `${time} is in your quiet hours (${quiet.from} to ${quiet.to}); choose another time or change them.`;
  return undefined;
}

/** The date a snooze of `days` ends (reminders resume that day); "not today" is one day. */
export function snoozeEnd(today: string, days: number): string {
  return addDays(today, days);
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const timeOf = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The moment a time of day falls on the local calendar day of `day`. */
function onDay(day: Date, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

/**
 * The local date whose reminder came due after `since` and up to `now` (both device-local clock readings), or
 * undefined when none should be shown: no time set, snoozed, that day's reminder already handled, or `now` inside the
 * quiet hours (a reminder missed while the device slept is dropped rather than shown at night). Yesterday's time
 * counts too, so a check just after midnight still catches 23:59.
 */
export function dueReminder(settings: ReminderSettings, since: Date, now: Date): string | undefined {
  const { time } = settings;
  if (!time || now <= since || inQuietHours(timeOf(now), settings.quiet)) return undefined;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  const due = [yesterday, now].map((day) => onDay(day, time)).find((at) => at > since && at <= now);
  if (!due) return undefined;
  const day = dateOf(due);
  if (settings.handledFor !== undefined && settings.handledFor >= day) return undefined;
  if (settings.snoozedUntil !== undefined && day < settings.snoozedUntil) return undefined;
  return day;
}
