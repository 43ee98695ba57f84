import { useEffect } from "react";
import { navigate } from "../../../router/router.ts";
import { dueReminders, parseReminderTimes } from "./reminder-times.ts";

const KEY = "unknot.reminders";
const CHECK_MS = 20_000;

/** The reminder times saved on this device. */
export function loadReminderTimes(): string[] {
  try {
    return parseReminderTimes(localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

/** Saves the reminder times on this device. */
export function saveReminderTimes(times: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(times));
  } catch {
    // Storage refused: the times still apply while this page stays open.
  }
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

let timer: number | undefined;
let lastCheck = new Date();

/**
 * Starts checking the saved reminder times every 20 seconds for as long as this tab lives (it keeps running across the
 * app's pages). There is no server push: a closed tab gets no reminders. Calling it again does nothing.
 */
export function startReminderClock(): void {
  if (timer !== undefined || typeof window === "undefined") return;
  lastCheck = new Date();
  timer = window.setInterval(() => {
    const now = new Date();
    const due = dueReminders(loadReminderTimes(), lastCheck, now);
    lastCheck = now;
    if (due.length > 0) showReminder(`It is ${due[due.length - 1]}: a few minutes for your routine, within your pain ceiling.`);
  }, CHECK_MS);
}

/** Starts the reminder clock once the app shell mounts, so reminders fire on any page. */
export function useReminderClock(): void {
  useEffect(() => {
    if (loadReminderTimes().length > 0) startReminderClock();
  }, []);
}
