import type { Adherence } from "@unknot/core/stats";
import { formatDay, formatShortDay } from "../../shared/format/period.ts";
import { oneDecimal } from "../../shared/format/format-number.ts";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Sessions per week as bars, the total, the weekly average and the streaks of weeks with a session. */
export function AdherenceCard({ adherence }: { adherence: Adherence }) {
  const most = Math.max(1, ...adherence.weeks.map((w) => w.sessions));
  return (
    <>
      <dl className="stat-grid">
        <div>
          <dt>Sessions</dt>
          <dd>{adherence.totalSessions}</dd>
        </div>
        <div>
          <dt>Per week</dt>
          <dd>{oneDecimal(adherence.averagePerWeek)}</dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>{plural(adherence.longestStreak, "week")}</dd>
        </div>
        <div>
          <dt>Current streak</dt>
          <dd>{plural(adherence.currentStreak, "week")}</dd>
        </div>
      </dl>
      <ol className="week-bars" aria-label="Sessions per week">
        {adherence.weeks.map((week) => (
          <li key={week.week} aria-label={`Week of ${formatDay(week.week)}: ${plural(week.sessions, "session")}`}>
            <span className="week-count" aria-hidden="true">
              {week.sessions}
            </span>
            <span className="week-bar" style={{ height: `calc((100% - 1rem) * ${week.sessions / most})` }} aria-hidden="true" />
          </li>
        ))}
      </ol>
      {adherence.weeks.length <= 10 && (
        <ol className="week-dates" aria-hidden="true">
          {adherence.weeks.map((week) => (
            <li key={week.week}>{formatShortDay(week.week)}</li>
          ))}
        </ol>
      )}
      <p className="hint">
        A streak counts weeks in a row with at least one session. A few short sessions a week tend to help more than one long one.
      </p>
    </>
  );
}
