import { describe, expect, it } from "vitest";
import { addReminderTime, dueReminders, MAX_REMINDERS, parseReminderTimes } from "./reminder-times.ts";

const at = (day: number, hours: number, minutes: number) => new Date(2026, 2, day, hours, minutes);

describe("reminder times", () => {
  it("keeps only valid times, sorted and without repeats", () => {
    expect(parseReminderTimes(JSON.stringify(["18:30", "07:00", "25:00", "7:5", 9, "07:00"]))).toEqual(["07:00", "18:30"]);
    expect(parseReminderTimes("{oops")).toEqual([]);
    expect(parseReminderTimes(null)).toEqual([]);
  });

  it("adds a time in order, and refuses repeats, bad times and more than the limit", () => {
    expect(addReminderTime(["18:00"], "08:15")).toEqual(["08:15", "18:00"]);
    expect(addReminderTime(["18:00"], "18:00")).toEqual(["18:00"]);
    expect(addReminderTime([], "noon")).toEqual([]);
    const full = Array.from({ length: MAX_REMINDERS }, (_, i) => `0${i}:00`);
    expect(addReminderTime(full, "12:00")).toEqual(full);
  });

  it("reports a time once when the clock passes it", () => {
    expect(dueReminders(["08:00", "18:00"], at(5, 7, 59), at(5, 8, 0))).toEqual(["08:00"]);
    expect(dueReminders(["08:00", "18:00"], at(5, 8, 0), at(5, 8, 1))).toEqual([]);
  });

  it("catches a time just before midnight when the next check falls after it", () => {
    expect(dueReminders(["23:59"], at(5, 23, 58), at(6, 0, 1))).toEqual(["23:59"]);
  });

  it("reports nothing when the clock did not move forward", () => {
    expect(dueReminders(["08:00"], at(5, 8, 1), at(5, 7, 0))).toEqual([]);
  });
});
