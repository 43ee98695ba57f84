import { useEffect } from "react";
import { navigate } from "../../../router/router.ts";
import { STORAGE_KEYS, storedItem } from "../../../storage/browser-storage.ts";
import { dueReminder, parseReminderSettings, type ReminderSettings } from "./reminder-times.ts";

/** Read through `parseReminderSettings`, which checks each field and falls back to the defaults. */
const saved = storedItem("local", STORAGE_KEYS.reminder, (value) => parseReminderSettings(JSON.stringify(value)));
/** Where an earlier version kept a list of times; read once, so an old setting carries over. */
const legacy = storedItem("local", STORAGE_KEYS.reminderLegacy, (value: unknown) => value);
const CHECK_MS = 20_000;

/** The reminder settings saved on this device. */
export function loadReminderSettings(): ReminderSettings {
  return parseReminderSettings(saved.text() || null, legacy.text() || null);
}

/** Saves the reminder settings on this device. */
export function saveReminderSettings(settings: ReminderSettings): void {
  // Storage refused: the settings still apply while this page stays open.
  saved.write(settings);
}

/** Whether this browser can show notifications at all. */
export function notificationsSupported(): boolean {
  return typeof window !== "undefined" && "Notification" in window;
}

/** Shows one reminder; a tap brings the tab forward on the plan page. */
export function showReminder(body: string): void {
  if (!notificationsSupported() || Notification.permission !== "granted") return;
  const note = new Notification("Unknot: time for your routine", { body, tag: "unknot-reminder", icon: "/icon-192.png" });
  note.onclick = () => {
    window.focus();
    navigate("/plan");
    note.close();
  };
}

/** True when the diary already has a session on `day`: then the day's reminder is not needed. */
async function sessionDoneOn(day: string): Promise<boolean> {
  try {
    // Loaded when a reminder comes due, so the API client stays out of the first download of every page.
    const { listSessions } = await import("../../../api/index.ts");
    return (await listSessions({ from: day, to: day, limit: 1 })).items.length > 0;
  } catch {
    return false;
  }
}

/** Handles the day's reminder once: marked first (so another tab does not show it too), then shown unless a session is done. */
async function remind(day: string, settings: ReminderSettings): Promise<void> {
  saveReminderSettings({ ...settings, handledFor: day });
  if (await sessionDoneOn(day)) return;
  showReminder(`It is ${settings.time}: a few minutes for your routine, within your pain ceiling.`);
}

let timer: number | undefined;
let lastCheck = new Date();

/**
 * Starts checking the saved reminder every 20 seconds for as long as this tab lives (it keeps running across the app's
 * pages). At most one reminder a day, none in the quiet hours or while snoozed, and none on a day with a session
 * already in the diary. There is no server push: a closed tab gets no reminders. Calling it again does nothing.
 */
export function startReminderClock(): void {
  if (timer !== undefined || typeof window === "undefined") return;
  lastCheck = new Date();
  timer = window.setInterval(() => {
    const now = new Date();
    const settings = loadReminderSettings();
    const day = dueReminder(settings, lastCheck, now);
    lastCheck = now;
    if (day) void remind(day, settings);
  }, CHECK_MS);
}

/** Starts the reminder clock once the app shell mounts, so reminders fire on any page. */
export function useReminderClock(): void {
  useEffect(() => {
    if (loadReminderSettings().time) startReminderClock();
  }, []);
}
