import { useState } from "react";
import type { KeepingGoing, PlannedWeek } from "@unknot/core/outcomes";
import { Link } from "../../router/Link.tsx";
import { messageOf, saveGoal } from "../../api/index.ts";
import { formatShortDay } from "../../shared/format/period.ts";
import { isoWithOffset } from "../../shared/format/local-time.ts";

const GOAL_CHOICES = [1, 2, 3, 4, 5, 6, 7];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Planned against done for one week, in words that do not scold. */
export function weekWords(week: PlannedWeek): string {
  if (week.planned === undefined) return `${plural(week.done, "session")}, no goal set`;
  const count = `${week.done} of ${week.planned}`;
  if (week.status === "met") return `${count}: goal met`;
  if (week.status === "in-progress") return `${count} so far`;
  return `${count}`;
}

/** The streaks in words: one missed day does not break a streak. */
export function streakWords(kept: KeepingGoing): string {
  const current = kept.currentStreak
    ? `Current streak: ${plural(kept.currentStreak.days, "day")}.`
    : "No streak running: any session starts one.";
  const longest =
    kept.longestStreak && kept.longestStreak.days > (kept.currentStreak?.days ?? 0)
      ? ` Longest: ${plural(kept.longestStreak.days, "day")}.`
      : "";
  return `${current}${longest} One missed day does not break a streak.`;
}

function GoalPicker({ goal, onSaved }: { goal: number | undefined; onSaved: () => void }) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const choose = async (sessionsPerWeek: number) => {
    setSaving(true);
    setError(undefined);
    try {
      await saveGoal({ setAt: isoWithOffset(new Date()), sessionsPerWeek });
      onSaved();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="goal-picker" role="group" aria-labelledby="goal-label">
      <p id="goal-label">
        <strong>Your weekly goal:</strong>{" "}
        {goal === undefined ? "not set yet. Pick a small one you can keep." : plural(goal, "session") + " a week."}
      </p>
      <div className="goal-options">
        {GOAL_CHOICES.map((n) => (
          <button
            key={n}
            type="button"
            aria-pressed={goal === n}
            disabled={saving}
            aria-label={`${plural(n, "session")} a week`}
            onClick={() => void choose(n)}
          >
            {n}
          </button>
        ))}
      </div>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Keeping going: the weekly goal the person sets, sessions planned against done, and a forgiving streak. */
export function KeepingGoingCard({ kept, onGoalSaved }: { kept: KeepingGoing; onGoalSaved: () => void }) {
  const thisWeek = kept.weeks.at(-1);
  return (
    <>
      <GoalPicker goal={kept.goal} onSaved={onGoalSaved} />
      <dl className="stat-grid">
        {thisWeek && thisWeek.planned !== undefined && (
          <div>
            <dt>This week</dt>
            <dd>
              {thisWeek.done} of {thisWeek.planned}
            </dd>
          </div>
        )}
        {kept.weeksWithGoal > 0 && (
          <div>
            <dt>Weeks on goal</dt>
            <dd>
              {kept.weeksMet} of {kept.weeksWithGoal}
            </dd>
          </div>
        )}
        <div>
          <dt>Streak</dt>
          <dd>{plural(kept.currentStreak?.days ?? 0, "day")}</dd>
        </div>
      </dl>
      <p className="hint">{streakWords(kept)}</p>
      <ul className="planned-weeks" aria-label="Sessions planned and done, week by week">
        {kept.weeks.map((week) => (
          <li key={week.week} className={`planned-${week.status}`}>
            <span>Week of {formatShortDay(week.week)}</span> <span>{weekWords(week)}</span>
          </li>
        ))}
      </ul>
      <p className="hint">
        <Link to="/plan/reminders">Reminders</Link>: one a day at most, never in your quiet hours, and you can snooze them.
      </p>
    </>
  );
}
