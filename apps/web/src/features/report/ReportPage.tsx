import { useMemo, useState } from "react";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref } from "../../router/search.ts";
import { localDate } from "../../shared/format/local-time.ts";
import type { Period } from "../../shared/format/period.ts";
import { periodSearch, PROGRESS_SEARCH, REPORT_SEARCH, usePeriod } from "../../shared/period-query.ts";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";
import { PeriodPicker } from "../../shared/ui/PeriodPicker.tsx";
import { ReportBody, REPORT_SECTIONS, type ReportSectionId } from "./ReportBody.tsx";
import { useReportData } from "./useReportData.ts";
import "../progress/progress.css";
import "./report.css";

/** `/report?period=…|from=…&to=…`: a printable summary of the diary for a clinician, with the sections the person picks. */
export function ReportPage() {
  const today = useMemo(() => localDate(new Date()), []);
  const { period, problems } = usePeriod(REPORT_SEARCH, today);
  const [include, setInclude] = useState<ReadonlySet<ReportSectionId>>(() => new Set(REPORT_SECTIONS.map((s) => s.id)));
  const report = useReportData(period);
  const setPeriod = (next: Pick<Period, "preset" | "from" | "to">) =>
    navigate(searchHref(REPORT_SEARCH, periodSearch({ ...next, region: undefined })), { replace: true });
  const toggle = (id: ReportSectionId) =>
    setInclude((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div className="report-page">
      <div className="report-controls">
        <h1>Report for a clinician</h1>
        <p className="hint">
          Choose the period and what to include, then print it or save it as a PDF from the print dialog. Nothing leaves this device unless
          you share it.
        </p>
        <PeriodPicker period={period} today={today} onChange={setPeriod} withRegion={false} />
        <fieldset className="card report-sections">
          <legend>Include</legend>
          {REPORT_SECTIONS.map((s) => (
            <label key={s.id} className="question">
              <input type="checkbox" checked={include.has(s.id)} onChange={() => toggle(s.id)} />
              <span>{s.label}</span>
            </label>
          ))}
        </fieldset>
        <div className="report-actions">
          <button type="button" className="primary" onClick={() => window.print()} disabled={!report.data}>
            Print
          </button>
          <Link className="button secondary" to={searchHref(PROGRESS_SEARCH, periodSearch(period))}>
            Back to progress
          </Link>
        </div>
        <LinkNotes problems={problems} />
      </div>
      {report.error && (
        <p className="notice" role="alert">
          {report.error}
        </p>
      )}
      {report.loading && <p className="loading">Loading…</p>}
      {report.data && <ReportBody data={report.data} range={period} include={include} today={today} />}
    </div>
  );
}
