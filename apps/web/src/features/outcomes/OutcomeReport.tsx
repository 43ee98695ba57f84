import { activityKey } from "@unknot/core/diary";
import { type DateRange } from "@unknot/core/stats";
import { type KeepingGoing, type OutcomesSummary, type PsfsPoint } from "@unknot/core/outcomes";
import { oneDecimal } from "../../shared/format/format-number.ts";
import { formatDay, formatShortDay } from "../../shared/format/period.ts";
import { TrendSvg } from "../../shared/ui/TrendSvg.tsx";
import { FUNCTION_TREND_LABEL } from "./FunctionCard.tsx";
import { streakWords, weekWords } from "./KeepingGoingCard.tsx";
import { VerdictCard } from "./VerdictCard.tsx";
import { DataTable } from "../../shared/ui/DataTable.tsx";

/** The most PSFS columns a printed table holds: the first and the latest ones. */
const MAX_COLUMNS = 6;

/** The PSFS columns to print: the first, then the latest ones, so the change from the start is always on the page. */
function columnsOf(psfs: readonly PsfsPoint[]): PsfsPoint[] {
  if (psfs.length <= MAX_COLUMNS) return [...psfs];
  return [psfs[0] as PsfsPoint, ...psfs.slice(-(MAX_COLUMNS - 1))];
}

/** Every activity rated in the period, once, in the order first named. */
function activitiesOf(psfs: readonly PsfsPoint[]): string[] {
  const seen = new Map<string, string>();
  for (const point of psfs)
    for (const item of point.items) if (!seen.has(activityKey(item.activity))) seen.set(activityKey(item.activity), item.activity);
  return [...seen.values()];
}

/** The PSFS as a table: one row per activity, one column per check-in, and the average. */
export function PsfsTable({ psfs }: { psfs: readonly PsfsPoint[] }) {
  if (psfs.length === 0) return <p>No activity ratings (PSFS) in this period.</p>;
  const columns = columnsOf(psfs);
  const score = (point: PsfsPoint, activity: string) => point.items.find((i) => activityKey(i.activity) === activityKey(activity))?.score;
  return (
    <div className="table-scroll">
      <table className="data-table psfs-table">
        <caption className="hint">
          Patient-Specific Functional Scale: 0 = cannot do the activity, 10 = as well as before the problem.
          {columns.length < psfs.length && ` ${psfs.length - columns.length} check-ins in between are not shown.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            {columns.map((point) => (
              <th key={point.id} scope="col">
                {formatShortDay(point.date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {activitiesOf(psfs).map((activity) => (
            <tr key={activity}>
              <th scope="row">{activity}</th>
              {columns.map((point) => (
                <td key={point.id}>{score(point, activity) ?? "–"}</td>
              ))}
            </tr>
          ))}
          <tr className="psfs-average">
            <th scope="row">Average</th>
            {columns.map((point) => (
              <td key={point.id}>{oneDecimal(point.average)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The report's outcome section: the verdict with its rules and sources, the PSFS table and trend, and every PGIC. */
export function OutcomeReport({ summary, range }: { summary: OutcomesSummary; range: DateRange }) {
  return (
    <>
      <VerdictCard summary={summary} forPrint />
      {/* An empty measure is already named in the verdict ("No PGIC in this period"), so it gets no heading of its own. */}
      {summary.psfs.length > 0 && (
        <>
          <h3>What the person can do (PSFS)</h3>
          <PsfsTable psfs={summary.psfs} />
          {summary.psfs.length > 1 && <TrendSvg trend={summary.psfs} from={range.from} to={range.to} what={FUNCTION_TREND_LABEL} />}
        </>
      )}
      {summary.pgic.length > 0 && (
        <>
          <h3>Overall impression of change (PGIC)</h3>
          <ul className="summary-list">
            {summary.pgic.map((p) => (
              <li key={p.id}>
                {formatDay(p.date)}: {p.label} ({p.score} of 7)
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The report's adherence section: the weekly goal, planned against done for each week, and the streak. */
export function KeepingReport({ kept }: { kept: KeepingGoing }) {
  return (
    <>
      <p>
        {kept.goal === undefined
          ? "No weekly goal set."
          : `Weekly goal set by the person: ${kept.goal} session${kept.goal === 1 ? "" : "s"} a week.`}
        {kept.weeksWithGoal > 0 && ` Goal met in ${kept.weeksMet} of ${kept.weeksWithGoal} completed weeks.`} {streakWords(kept)}
      </p>
      <DataTable columns={["Week of", "Planned", "Done", "In words"]}>
        {kept.weeks.map((week) => (
          <tr key={week.week}>
            <td>{formatDay(week.week)}</td>
            <td>{week.planned ?? "–"}</td>
            <td>{week.done}</td>
            <td>{weekWords(week)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
