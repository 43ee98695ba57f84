import type { ReactNode } from "react";
import { MAX_PAIN_CEILING } from "@unknot/core/atlas";
import { regionRecord } from "@unknot/core/vocabulary";
import { type DateRange } from "@unknot/core/stats";
import { BodyHeatMap } from "../progress/BodyHeatMap.tsx";
import { oneDecimal } from "../../shared/format/format-number.ts";
import { formatDay, formatRange } from "../../shared/format/period.ts";
import { REPORT_LIMIT, type ReportData } from "./report-api.ts";
import { summariseReport } from "./report-summary.ts";
import { EffectsTable, PressTestsTable, SessionsTable } from "./ReportTables.tsx";
import { SafetyNotes } from "./SafetyNotes.tsx";
import { OVER_LIMIT_WORDS } from "./SessionCells.tsx";
import { NameAndDate } from "./NameAndDate.tsx";
import { KeepingReport, OutcomeReport } from "../outcomes/OutcomeReport.tsx";
import { TrendSvg } from "../../shared/ui/TrendSvg.tsx";

/** The parts of the report a person can include or leave out. */
export const REPORT_SECTIONS = [
  { id: "summary", label: "Summary" },
  { id: "outcomes", label: "Function and meaningful change (PSFS, PGIC)" },
  { id: "drawing", label: "Pain drawing (front and back)" },
  { id: "trend", label: "Pain over time" },
  { id: "sessions", label: "Sessions table" },
  { id: "keeping", label: "Sessions planned and done" },
  { id: "effects", label: "Trigger points and their effect" },
  { id: "press-tests", label: "Press tests" },
  { id: "safety", label: "Safety notes and cautions" },
] as const;

/** One section id. */
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]["id"];

function Summary({ data }: { data: ReportData }) {
  const s = summariseReport(data.sessions, data.progress.trend);
  const a = data.progress.adherence;
  return (
    <ul className="summary-list">
      <li>
        {s.sessions} self-treatment session{s.sessions === 1 ? "" : "s"} ({oneDecimal(a.averagePerWeek)} a week on average), working{" "}
        {s.points} trigger point{s.points === 1 ? "" : "s"}.
      </li>
      {s.firstWeek !== undefined && s.lastWeek !== undefined && (
        <li>
          Average pain (0–10, rated before sessions and at check-ins): {oneDecimal(s.firstWeek)} in the first week with ratings,{" "}
          {oneDecimal(s.lastWeek)} in the last.
        </li>
      )}
      {s.averageDrop !== null && (
        <li>Pain right after a session was on average {oneDecimal(s.averageDrop)} points lower than just before it.</li>
      )}
      {s.highestPressurePain !== undefined && s.highestPressurePain <= MAX_PAIN_CEILING && (
        <li>Strongest pressure-pain recorded while working a point: {s.highestPressurePain}/10.</li>
      )}
      {s.highestPressurePain !== undefined && s.highestPressurePain > MAX_PAIN_CEILING && (
        <li className="over-limit">
          <strong>
            <span aria-hidden="true">⚠ </span>Strongest pressure-pain recorded while working a point: {s.highestPressurePain}/10,{" "}
            {OVER_LIMIT_WORDS}.
          </strong>{" "}
          Unknot asks people to stay at or below their own ceiling (never above {MAX_PAIN_CEILING}/10).
        </li>
      )}
      {data.progress.hotspots.length > 0 && (
        <li>
          Areas that hurt most often:{" "}
          {data.progress.hotspots
            .slice(0, 3)
            .map((h) => regionRecord(h.region).label)
            .join("; ")}
          .
        </li>
      )}
    </ul>
  );
}

interface ReportBodyProps {
  data: ReportData;
  range: DateRange;
  include: ReadonlySet<ReportSectionId>;
  today: string;
}

/** The printable report: a header with the period and the disclaimer, then the chosen sections. */
export function ReportBody({ data, range, include, today }: ReportBodyProps) {
  const pointIds = [...data.sessions.flatMap((s) => s.points.map((p) => p.triggerPoint)), ...data.pressTests.map((t) => t.triggerPoint)];
  const section = (id: ReportSectionId, title: string, body: ReactNode, className = "") =>
    include.has(id) && (
      <section className={`report-section ${className}`} aria-labelledby={`report-${id}`}>
        <h2 id={`report-${id}`}>{title}</h2>
        {body}
      </section>
    );
  return (
    <article className="report" aria-label="Report">
      <header className="report-header">
        <NameAndDate />
        <h2 className="report-title">Self-treatment diary, {formatRange(range)}</h2>
        <p className="meta">Prepared with Unknot on {formatDay(today)} from the person&apos;s own records.</p>
        <p className="report-disclaimer">
          <strong>Unknot is not a diagnosis and not a medical device.</strong> It suggests myofascial trigger points that may refer the pain
          a person draws; trigger points are a debated model and finding them by touch is unreliable. Everything below was recorded by the
          person and is offered to support, not replace, a clinical assessment.
        </p>
        {data.truncated && <p className="notice">Some lists were longer than {REPORT_LIMIT} entries; only the newest are shown.</p>}
      </header>
      {section("summary", "Summary", <Summary data={data} />)}
      {section("outcomes", "Function and meaningful change", <OutcomeReport summary={data.progress.outcomes} range={range} />)}
      {section(
        "drawing",
        "Pain drawing",
        <BodyHeatMap heat={data.progress.heatMap} title="Average pain by area over the period" listOpen />,
        "report-figure",
      )}
      {section(
        "trend",
        "Pain over time",
        data.progress.trend.length ? <TrendSvg trend={data.progress.trend} from={range.from} to={range.to} /> : <p>No pain ratings.</p>,
        "report-figure",
      )}
      {section("sessions", "Sessions", <SessionsTable sessions={data.sessions} />)}
      {section("keeping", "Sessions planned and done", <KeepingReport kept={data.progress.keepingGoing} />, "report-half")}
      {section("effects", "Trigger points and their effect", <EffectsTable effects={data.progress.effects} />, "report-half")}
      {section("press-tests", "Press tests", <PressTestsTable tests={data.pressTests} />)}
      {section("safety", "Safety notes", <SafetyNotes assessments={data.assessments} pointIds={pointIds} />)}
    </article>
  );
}
