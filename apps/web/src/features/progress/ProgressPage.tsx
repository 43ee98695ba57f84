import { lazy, Suspense, useMemo } from "react";
import { regionRecord, type RegionId } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";
import { RetryNotice } from "../../shared/ui/RetryNotice.tsx";
import { FunctionCard } from "../outcomes/FunctionCard.tsx";
import { KeepingGoingCard } from "../outcomes/KeepingGoingCard.tsx";
import { VerdictCard } from "../outcomes/VerdictCard.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref } from "../../router/search.ts";
import { localDate } from "../../shared/format/local-time.ts";
import { AdherenceCard } from "./AdherenceCard.tsx";
import { BodyHeatMap } from "./BodyHeatMap.tsx";
import { EffectList } from "./EffectList.tsx";
import { Hotspots } from "./Hotspots.tsx";
import { bucketFor, formatRange, type Period } from "../../shared/format/period.ts";
import { periodSearch, PROGRESS_SEARCH, REPORT_SEARCH, usePeriod } from "../../shared/period-query.ts";
import { PeriodPicker } from "../../shared/ui/PeriodPicker.tsx";
import { isEmptyPeriod, useProgress } from "./useProgress.ts";
import type { ProgressReport } from "../../api/index.ts";
import type { AreaLine } from "./TrendChart.tsx";
import "./progress.css";

// uPlot is only needed once there is something to chart, so it stays out of the first download.
const TrendChart = lazy(() => import("./TrendChart.tsx").then((m) => ({ default: m.TrendChart })));

const MAX_LINES = 5;

/** The lines to draw: the chosen area alone, or each area that hurt most often (never an average of unlike pains). */
function areaLines(report: ProgressReport, region: RegionId | undefined): AreaLine[] {
  if (region) return report.regionTrend?.length ? [{ label: regionRecord(region).label, trend: report.regionTrend }] : [];
  return report.areaTrends
    .filter((area) => area.trend.length > 0)
    .slice(0, MAX_LINES)
    .map((area) => ({ label: regionRecord(area.region).label, trend: area.trend }));
}

/** What to do when the diary is still empty. */
function StartHere() {
  return (
    <section className="card empty-state">
      <h2>Nothing in your diary yet</h2>
      <p>Your progress appears here once you record a session or rate your pain. To begin:</p>
      <ol>
        <li>
          <Link to="/">Mark where it hurts</Link> on the body map and answer the safety questions.
        </li>
        <li>Choose one or two trigger points from your results and start a guided session.</li>
        <li>
          <Link to="/progress/check-in">Name what pain makes hard</Link>: your starting point, checked again once a week.
        </li>
        <li>Rate your pain before and after. After a few sessions, this page shows what changed.</li>
      </ol>
      <p className="hint">
        Have a backup from another device? <Link to="/data">Import it on the Your data page</Link>.
      </p>
    </section>
  );
}

/** `/progress?period=…|from=…&to=…&region=…`: how pain, treatment and regularity changed over a period. */
export function ProgressPage() {
  const today = useMemo(() => localDate(new Date()), []);
  const { period, problems } = usePeriod(PROGRESS_SEARCH, today);
  const progress = useProgress(period, period.region);
  const setPeriod = (next: Pick<Period, "preset" | "from" | "to" | "region">) =>
    navigate(searchHref(PROGRESS_SEARCH, periodSearch(next)), { replace: true });
  const report = progress.report;
  const lines = report ? areaLines(report, period.region) : [];
  return (
    <div className="progress-page">
      <h1>Your progress</h1>
      <PeriodPicker period={period} today={today} onChange={setPeriod} />
      <LinkNotes problems={problems} />
      <nav className="page-links" aria-label="More">
        <Link className="button secondary" to={searchHref(REPORT_SEARCH, periodSearch(period))}>
          Report for a clinician
        </Link>
        <Link className="button secondary" to="/data">
          Back up or export your data
        </Link>
      </nav>
      {progress.error && <RetryNotice message={progress.error} onRetry={progress.reload} />}
      {progress.loading && !report && <p className="loading">Loading…</p>}
      {report && progress.emptyDiary && <StartHere />}
      {report && !progress.emptyDiary && isEmptyPeriod(report) && (
        <section className="card empty-state">
          <h2>Nothing recorded from {formatRange(period)}</h2>
          <p>
            Try a longer period above, or see every session in your <Link to="/history">history</Link>.
          </p>
        </section>
      )}
      {report && !isEmptyPeriod(report) && (
        <div className="progress-grid" aria-busy={progress.loading}>
          <section className="card progress-outcome" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">Is it working?</h2>
            <VerdictCard summary={report.outcomes} />
          </section>
          <section className="card progress-trend" aria-labelledby="trend-heading">
            <h2 id="trend-heading">Pain over time</h2>
            <p className="hint">
              {period.region
                ? `Your ratings of this area before sessions and at check-ins, ${bucketFor(period) === "week" ? "week by week" : "day by day"}.`
                : `One line for each area that hurt most often (up to ${MAX_LINES}): your ratings before sessions and at check-ins, ${bucketFor(period) === "week" ? "week by week" : "day by day"}.`}
            </p>
            {lines.length === 0 ? (
              !period.region && <p>No pain ratings in this period.</p>
            ) : (
              <Suspense fallback={<div className="chart trend-chart" />}>
                <TrendChart lines={lines} bucket={bucketFor(period)} range={{ from: period.from, to: period.to }} />
              </Suspense>
            )}
            {period.region && report.regionTrend?.length === 0 && (
              <p className="hint">{regionRecord(period.region).label} was not rated in this period.</p>
            )}
          </section>
          <section className="card progress-function" aria-labelledby="function-heading">
            <h2 id="function-heading">What you can do</h2>
            <FunctionCard summary={report.outcomes} range={period} today={today} />
          </section>
          <section className="card progress-heat" aria-labelledby="heat-heading">
            <h2 id="heat-heading">Where it hurt</h2>
            <BodyHeatMap heat={report.heatMap} title="Average pain by area" />
          </section>
          <section className="card" aria-labelledby="hotspot-heading">
            <h2 id="hotspot-heading">Hotspots</h2>
            <Hotspots hotspots={report.hotspots} />
          </section>
          <section className="card" aria-labelledby="keeping-heading">
            <h2 id="keeping-heading">Keeping going</h2>
            <KeepingGoingCard kept={report.keepingGoing} onGoalSaved={progress.reload} />
          </section>
          <section className="card" aria-labelledby="adherence-heading">
            <h2 id="adherence-heading">Sessions per week</h2>
            <AdherenceCard adherence={report.adherence} />
          </section>
          <section className="card progress-effects" aria-labelledby="effect-heading">
            <h2 id="effect-heading">Trigger points and how pain changed</h2>
            <EffectList effects={report.effects} />
          </section>
        </div>
      )}
    </div>
  );
}
