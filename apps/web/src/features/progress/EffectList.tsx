import type { TriggerPointEffect } from "@unknot/core/stats";
import { formatDay, formatShortDay } from "../../shared/format/period.ts";
import { dropWords, oneDecimal } from "../../shared/format/format-number.ts";

/** The widest drop the weekly bars are drawn against: a drop of 5 points or more fills the bar. */
const BAR_FULL = 5;

function WeeklyBars({ effect }: { effect: TriggerPointEffect }) {
  return (
    <ol className="weekly-drops" aria-label={`${effect.name}, week by week (weeks start on Monday)`}>
      {effect.weekly.map((week) => {
        const drop = week.averageDrop;
        const width = drop === null ? 0 : Math.min(100, (Math.abs(drop) / BAR_FULL) * 100);
        return (
          <li
            key={week.week}
            aria-label={`Week of ${formatDay(week.week)}: ${week.sessions} session${week.sessions === 1 ? "" : "s"}, ${dropWords(drop)}`}
          >
            <span className="week-label" aria-hidden="true">
              {formatShortDay(week.week)}
            </span>
            <span className="drop-bar" aria-hidden="true">
              <span className={drop !== null && drop < 0 ? "worse" : "better"} style={{ width: `${width}%` }} />
            </span>
            <span className="week-value" aria-hidden="true">
              {drop === null ? "–" : `${oneDecimal(Math.abs(drop))} ${drop >= 0 ? "less" : "more"}`} · {week.sessions}×
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Per trigger point: how often it was worked, how much pain eased from before to after, and how that changed by week. */
export function EffectList({ effects }: { effects: readonly TriggerPointEffect[] }) {
  if (effects.length === 0) return <p>No trigger point was worked in this period.</p>;
  return (
    <>
      <ul className="effect-list">
        {effects.map((effect) => (
          <li key={effect.triggerPoint} className="effect">
            <h3>{effect.name}</h3>
            <p className="effect-summary">
              <strong className={effect.averageDrop !== null && effect.averageDrop < 0 ? "worse-text" : undefined}>
                {effect.averageDrop === null ? "No before-and-after ratings" : `${dropWords(effect.averageDrop)}, on average`}
              </strong>{" "}
              <span className="hint">
                over {effect.sessions} session{effect.sessions === 1 ? "" : "s"}
                {effect.ratedSessions < effect.sessions ? ` (${effect.ratedSessions} rated before and after)` : ""}
              </span>
            </p>
            {effect.weekly.length > 1 && (
              <>
                <p className="hint week-head">Week by week: drop after sessions · sessions</p>
                <WeeklyBars effect={effect} />
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">
        A session that worked several points counts for each of them, so this shows what went together with less pain, not which point
        caused it. Pain also changes by itself from day to day.
      </p>
    </>
  );
}
