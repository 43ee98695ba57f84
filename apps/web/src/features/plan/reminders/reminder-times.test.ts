import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUIET,
  dueReminder,
  inQuietHours,
  parseReminderSettings,
  reminderTimeProblem,
  snoozeEnd,
  type ReminderSettings,
} from "./reminder-times.ts";

const at = (day: number, hours: number, minutes: number) => new Date(2026, 2, day, hours, minutes);
const settings = (change: Partial<ReminderSettings> = {}): ReminderSettings => ({
  time: "08:00",
  quiet: { ...DEFAULT_QUIET },
  snoozedUntil: undefined,
  handledFor: undefined,
  ...change,
});

describe("reminder settings", () => {
  it("keeps only valid values, with quiet hours from 22:00 to 07:00 by default", () => {
    expect(parseReminderSettings(JSON.stringify({ time: "25:00", quiet: { from: "x" }, snoozedUntil: "soon" }))).toEqual({
      time: undefined,
      quiet: { from: "22:00", to: "07:00" },
      snoozedUntil: undefined,
      handledFor: undefined,
    });
    expect(parseReminderSettings("{oops").time).toBeUndefined();
  });

  it("turns the several times an earlier version kept into one reminder a day", () => {
    expect(parseReminderSettings(null, JSON.stringify(["18:30", "07:15", "bad"])).time).toBe("07:15");
    expect(parseReminderSettings(JSON.stringify({ time: "09:00" }), JSON.stringify(["07:15"])).time).toBe("09:00");
  });
});

describe("quiet hours", () => {
  it("may run past midnight", () => {
    expect(inQuietHours("23:30", DEFAULT_QUIET)).toBe(true);
    expect(inQuietHours("06:59", DEFAULT_QUIET)).toBe(true);
    expect(inQuietHours("07:00", DEFAULT_QUIET)).toBe(false);
    expect(inQuietHours("13:30", { from: "13:00", to: "14:00" })).toBe(true);
    expect(inQuietHours("13:30", { from: "13:00", to: "13:00" })).toBe(false);
  });

  it("refuse a reminder time inside them, saying why", () => {
    expect(reminderTimeProblem("22:30", DEFAULT_QUIET)).toMatch(/^22:30 is in your quiet hours \(22:00 to 07:00\)/);
    expect(reminderTimeProblem("08:00", DEFAULT_QUIET)).toBeUndefined();
    expect(reminderTimeProblem("8 am", DEFAULT_QUIET)).toBe("Choose a time of day.");
  });
});

describe("dueReminder", () => {
  it("reports the day once when the clock passes the time", () => {
    expect(dueReminder(settings(), at(5, 7, 59), at(5, 8, 0))).toBe("2026-03-05");
    expect(dueReminder(settings(), at(5, 8, 0), at(5, 8, 1))).toBeUndefined();
    expect(dueReminder(settings({ time: undefined }), at(5, 7, 59), at(5, 8, 0))).toBeUndefined();
  });

  it("shows at most one a day: a day already handled stays quiet", () => {
    expect(dueReminder(settings({ handledFor: "2026-03-05" }), at(5, 7, 59), at(5, 8, 0))).toBeUndefined();
    expect(dueReminder(settings({ handledFor: "2026-03-04" }), at(5, 7, 59), at(5, 8, 0))).toBe("2026-03-05");
  });

  it("stays quiet while snoozed, and comes back on the day the snooze ends", () => {
    const snoozed = settings({ snoozedUntil: snoozeEnd("2026-03-05", 3) });
    expect(snoozed.snoozedUntil).toBe("2026-03-08");
    expect(dueReminder(snoozed, at(7, 7, 59), at(7, 8, 0))).toBeUndefined();
    expect(dueReminder(snoozed, at(8, 7, 59), at(8, 8, 0))).toBe("2026-03-08");
  });

  it("drops a reminder missed while the device slept rather than showing it in the quiet hours", () => {
    expect(dueReminder(settings({ time: "18:00" }), at(5, 17, 0), at(5, 23, 30))).toBeUndefined();
    expect(dueReminder(settings({ time: "18:00" }), at(5, 17, 0), at(5, 21, 0))).toBe("2026-03-05");
  });

  it("catches a time just before midnight when the next check falls after it", () => {
    const late = settings({ time: "23:59", quiet: { from: "01:00", to: "06:00" } });
    expect(dueReminder(late, at(5, 23, 58), at(6, 0, 1))).toBe("2026-03-05");
  });

  it("reports nothing when the clock did not move forward", () => {
    expect(dueReminder(settings(), at(5, 8, 1), at(5, 7, 0))).toBeUndefined();
  });
});
