import { useState } from "react";
import { Link } from "../../../router/Link.tsx";
import { addReminderTime, MAX_REMINDERS } from "./reminder-times.ts";
import { loadReminderTimes, notificationsSupported, saveReminderTimes, showReminder, startReminderClock } from "./reminder-clock.ts";
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

/** `/plan/reminders`: times of day for the routine, shown as browser notifications while Unknot is open in a tab. */
export function RemindersPage() {
  const [times, setTimesState] = useState(loadReminderTimes);
  const [draft, setDraft] = useState("08:00");
  const [permission, setPermission] = useState(permissionNow);
  const setTimes = (next: string[]) => {
    setTimesState(next);
    saveReminderTimes(next);
    if (next.length > 0) startReminderClock();
  };
  const ask = async () => setPermission(await Notification.requestPermission());
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
      <section className="card" aria-labelledby="times-heading">
        <h2 id="times-heading">Times of day</h2>
        {times.length === 0 ? (
          <p className="hint">No reminders set.</p>
        ) : (
          <ul className="reminder-times">
            {times.map((time) => (
              <li key={time}>
                <strong>{time}</strong>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove the reminder at ${time}`}
                  onClick={() => setTimes(times.filter((t) => t !== time))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="reminder-add"
          onSubmit={(event) => {
            event.preventDefault();
            setTimes(addReminderTime(times, draft));
          }}
        >
          <label>
            New reminder at
            <input type="time" value={draft} required onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" disabled={times.length >= MAX_REMINDERS || times.includes(draft)}>
            Add reminder
          </button>
        </form>
        <p className="hint">
          Up to {MAX_REMINDERS} a day. Once or twice a day is plenty for most people; match it to the routine&apos;s “times a day”. Times
          are kept on this device only.
        </p>
      </section>
      <p>
        <Link to="/plan">Back to your routine</Link>
      </p>
    </div>
  );
}
