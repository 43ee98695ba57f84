import type { DateRange } from "@unknot/core/stats";
import type { OutcomesSummary } from "@unknot/core/outcomes";
import { Link } from "../../router/Link.tsx";
import { formatDay } from "../../shared/format/period.ts";
import { oneDecimal } from "../../shared/format/format-number.ts";
import { TrendSvg } from "../../shared/ui/TrendSvg.tsx";

/** What the function trend's line shows, for its text alternative. */
export const FUNCTION_TREND_LABEL = "Average activity score (0 cannot do, 10 as before)";

/** The function trend: the PSFS average at each check-in of the period, and the latest score of each activity. */
export function FunctionTrend({ summary, range }: { summary: OutcomesSummary; range: DateRange }) {
  const latest = summary.psfs.at(-1);
  if (!latest) return <p>No activity ratings in this period.</p>;
  return (
    <>
      <TrendSvg trend={summary.psfs} from={range.from} to={range.to} what={FUNCTION_TREND_LABEL} />
      <p className="hint">
        Latest, {formatDay(latest.date)}: average {oneDecimal(latest.average)} out of 10.
      </p>
      <ul className="activity-scores">
        {latest.items.map((item) => (
          <li key={item.activity}>
            <span>{item.activity}</span> <strong>{item.score}/10</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The progress page's function card: the trend, and the way to the next check-in (or the first one). */
export function FunctionCard({ summary, range, today }: { summary: OutcomesSummary; range: DateRange; today: string }) {
  const last = summary.psfs.at(-1)?.date;
  return (
    <>
      <p className="hint">The activities you named, each rated 0 (cannot do it) to 10 (as well as before the pain): higher is better.</p>
      <FunctionTrend summary={summary} range={range} />
      <Link className="button primary" to="/progress/check-in">
        {summary.psfs.length === 0 ? "Name what pain makes hard" : last === today ? "Check in again" : "Weekly check-in"}
      </Link>
    </>
  );
}
