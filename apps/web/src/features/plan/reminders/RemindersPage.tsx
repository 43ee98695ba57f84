import { useMemo, useState } from "react";
import { Link } from "../../../router/Link.tsx";
import { formatDay } from "../../../shared/format/period.ts";
import { localDate } from "../../../shared/format/local-time.ts";
import { notificationsSupported, saveReminderSettings, showReminder, startReminderClock, loadReminderSettings } from "./reminder-clock.ts";
import { reminderTimeProblem, snoozeEnd, type ReminderSettings } from "./reminder-times.ts";
import { QuietHoursForm, SnoozeButtons } from "./ReminderControls.tsx";
import "../plan.css";

function permissionNow(): NotificationPermission | "unsupported" {
  return notificationsSupported() ? Notification.permission : "unsupported";
}

const PERMISSION_WORDS: Record<NotificationPermission | "unsupported", string> = {
  granted: "Notifications are allowed.",
  default: "Notifications are not allowed yet.",
  denied: "Notifications are blocked for this site. Allow them in your browser's site settings to get reminders.",
  unsupported: "This browser cannot show notifications, so reminders will not appear.",
};

/** `/plan/reminders`: one reminder a day at most, with quiet hours and snooze, shown while Unknot is open in a tab. */
export function RemindersPage() {
  const today = useMemo(() => localDate(new Date()), []);
  const [settings, setSettingsState] = useState(loadReminderSettings);
  const [draft, setDraft] = useState(settings.time ?? "08:00");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [permission, setPermission] = useState(permissionNow);
  const setSettings = (next: ReminderSettings) => {
    setSettingsState(next);
    saveReminderSettings(next);
    if (next.time) startReminderClock();
  };
  const ask = async () => setPermission(await Notification.requestPermission());
  const snoozed = settings.snoozedUntil !== undefined && settings.snoozedUntil > today;
  return (
    <div className="reminders-page">
      <h1>Reminders</h1>
      <div className="notice">
        <p>
          <strong>Reminders only work while Unknot is open in a browser tab.</strong> The tab can be in the background, but if you close it
          or the browser, no reminder comes: there is no server that sends them. Phones often pause background tabs, so a reminder can be
          late or missed; your phone&apos;s own alarm is more dependable.
        </p>
      </div>
      <section className="card" aria-labelledby="permission-heading">
        <h2 id="permission-heading">Permission</h2>
        <p role="status">{PERMISSION_WORDS[permission]}</p>
        {permission === "default" && (
          <button type="button" className="primary" onClick={() => void ask()}>
            Allow notifications
          </button>
        )}
        {permission === "granted" && (
          <button type="button" className="secondary" onClick={() => showReminder("This is how a reminder will look.")}>
            Show a test reminder
          </button>
        )}
      </section>
      <section className="card" aria-labelledby="time-heading">
        <h2 id="time-heading">Daily reminder</h2>
        <p className="reminder-status" role="status">
          {settings.time ? (
            <>
              Every day at <strong>{settings.time}</strong>
              {snoozed && `, snoozed until ${formatDay(settings.snoozedUntil ?? today)}`}.
            </>
          ) : (
            "No reminder set."
          )}
        </p>
        <form
          className="reminder-add"
          onSubmit={(event) => {
            event.preventDefault();
            const found = reminderTimeProblem(draft, settings.quiet);
            setProblem(found);
            if (!found) setSettings({ ...settings, time: draft });
          }}
        >
          <label>
            Reminder time
            <input type="time" value={draft} required onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit">{settings.time ? "Change time" : "Set reminder"}</button>
          {settings.time && (
            <button type="button" className="secondary" onClick={() => setSettings({ ...settings, time: undefined })}>
              Turn off
            </button>
          )}
        </form>
        {problem && (
          <p className="notice" role="alert">
            {problem}
          </p>
        )}
        <p className="hint">
          One reminder a day at most, and none on a day you have already recorded a session. The settings are kept on this device only.
        </p>
        {settings.time && (
          <SnoozeButtons
            snoozedUntil={snoozed ? settings.snoozedUntil : undefined}
            onSnooze={(days) => setSettings({ ...settings, snoozedUntil: snoozeEnd(today, days) })}
            onResume={() => setSettings({ ...settings, snoozedUntil: undefined })}
          />
        )}
      </section>
      <QuietHoursForm quiet={settings.quiet} time={settings.time} onChange={(quiet) => setSettings({ ...settings, quiet })} />
      <p>
        <Link to="/plan">Back to your routine</Link>
      </p>
    </div>
  );
}
