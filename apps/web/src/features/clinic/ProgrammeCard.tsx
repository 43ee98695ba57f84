import type { ReactNode } from "react";
import { findTriggerPoint } from "@unknot/core/atlas";
import { methodName } from "@unknot/core/vocabulary";
import type { ProgrammeView } from "../../api/index.ts";
import { ColumnHeads } from "../../shared/ui/DataTable.tsx";

/** One programme: what it asks, week-by-week adherence, the sessions run from it and the pain trend. */
export function ProgrammeCard({ view, children }: { view: ProgrammeView; children?: ReactNode }) {
  const { programme, adherence, sessions, painTrend } = view;
  const rate = adherence.rate === undefined ? "first week under way" : `${Math.round(adherence.rate * 100)} % of planned sessions done`;
  return (
    <article className="card programme-card" aria-labelledby={`programme-${programme.id}`}>
      <h3 id={`programme-${programme.id}`}>{programme.title}</h3>
      <p className="hint">
        {programme.timesPerWeek} times a week for {programme.weeks} weeks from {programme.startsOn} · pain ceiling {programme.painCeiling}
        /10
      </p>
      <ul className="programme-point-list">
        {programme.points.map((point, index) => (
          <li key={index}>
            {findTriggerPoint(point.triggerPoint)?.point.name ?? point.triggerPoint}
            {point.side === "midline" ? "" : ` (${point.side})`}: {methodName(point.method)},{" "}
            {point.dose.kind === "hold" ? `hold ${point.dose.seconds} s` : `${point.dose.count} strokes`}
          </li>
        ))}
        {programme.movements.map((movement, index) => (
          <li key={`m${index}`}>Then: {movement.name}</li>
        ))}
      </ul>
      <p>
        <strong>Adherence:</strong> {adherence.sessionsDone} session{adherence.sessionsDone === 1 ? "" : "s"} done, {rate}
        {adherence.trend === "falling" ? " — falling" : ""}.
      </p>
      {adherence.weeks.length > 0 && (
        <table className="adherence-table">
          <caption className="visually-hidden">Sessions per week of {programme.title}</caption>
          <ColumnHeads names={["Week", "Done", "Planned"]} />
          <tbody>
            {adherence.weeks.map((week) => (
              <tr key={week.number}>
                <th scope="row">
                  {week.number} ({week.from}){week.complete ? "" : ", this week"}
                </th>
                <td>{week.done}</td>
                <td>{week.planned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sessions.length > 0 && (
        <details>
          <summary>Sessions run from this programme ({sessions.length})</summary>
          <ul>
            {sessions.map((session) => (
              <li key={session.id}>
                {session.localDate}: {session.points.length} point{session.points.length === 1 ? "" : "s"}, highest pressure-pain{" "}
                {Math.max(0, ...session.points.map((p) => p.maxPain))}/10{session.notes ? ` — “${session.notes}”` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}
      {painTrend.length > 0 && (
        <p className="hint">Pain by week: {painTrend.map((point) => `${point.date} ${point.average.toFixed(1)}/10`).join(" · ")}</p>
      )}
      {children}
    </article>
  );
}
