import { useState } from "react";
import { formatDay } from "../../../shared/format/period.ts";
import { inQuietHours } from "./reminder-times.ts";

const SNOOZES = [
  { days: 1, label: "Not today" },
  { days: 3, label: "For 3 days" },
  { days: 7, label: "For a week" },
] as const;

interface SnoozeButtonsProps {
  /** The date reminders resume, while snoozed. */
  snoozedUntil: string | undefined;
  onSnooze: (days: number) => void;
  onResume: () => void;
}

/** Snooze the daily reminder for a day, three days or a week, or resume it. */
export function SnoozeButtons({ snoozedUntil, onSnooze, onResume }: SnoozeButtonsProps) {
  return (
    <div className="snooze" role="group" aria-labelledby="snooze-label">
      <p id="snooze-label">
        <strong>Snooze</strong>
        {snoozedUntil && `: reminders start again on ${formatDay(snoozedUntil)}.`}
      </p>
      <div className="snooze-buttons">
        {SNOOZES.map((snooze) => (
          <button key={snooze.days} type="button" className="secondary" onClick={() => onSnooze(snooze.days)}>
            {snooze.label}
          </button>
        ))}
        {snoozedUntil && (
          <button type="button" onClick={onResume}>
            Resume now
          </button>
        )}
      </div>
    </div>
  );
}

interface QuietHoursFormProps {
  quiet: { from: string; to: string };
  /** The reminder time, which may not fall inside the new quiet hours. */
  time: string | undefined;
  onChange: (quiet: { from: string; to: string }) => void;
}

/** The hours when no reminder is ever shown. */
export function QuietHoursForm({ quiet, time, onChange }: QuietHoursFormProps) {
  const [from, setFrom] = useState(quiet.from);
  const [to, setTo] = useState(quiet.to);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  return (
    <section className="card" aria-labelledby="quiet-heading">
      <h2 id="quiet-heading">Quiet hours</h2>
      <p role="status">
        No reminder from <strong>{quiet.from}</strong> to <strong>{quiet.to}</strong>.
      </p>
      <form
        className="reminder-add"
        onSubmit={(event) => {
          event.preventDefault();
          const clash = time !== undefined && inQuietHours(time, { from, to });
          setProblem(clash ? `Your reminder at ${time} would fall in these quiet hours; change the reminder time first.` : undefined);
          if (!clash) onChange({ from, to });
        }}
      >
        <label>
          Quiet from
          <input type="time" value={from} required onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          until
          <input type="time" value={to} required onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">Save quiet hours</button>
      </form>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">A reminder missed while the device slept is dropped, not shown late at night.</p>
    </section>
  );
}
