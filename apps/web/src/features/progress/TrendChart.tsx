import { useRef } from "react";
import type { TrendPoint } from "@unknot/core";
import type uPlot from "uplot";
import { usePainChart } from "../ui/usePainChart.ts";
import { formatDay } from "./period.ts";
import { oneDecimal } from "./format-number.ts";

interface TrendChartProps {
  overall: readonly TrendPoint[];
  /** The chosen region's own trend, drawn as a second line. */
  region?: { label: string; trend: readonly TrendPoint[] } | undefined;
  bucket: "day" | "week";
}

const HEIGHT = 240;

/** Seconds since the epoch at local midnight of a `YYYY-MM-DD` date, as uPlot's time axis expects. */
function localSeconds(date: string): number {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))).getTime() / 1000;
}

/** Lines up both series on the union of their dates; a date missing from one series is a gap (null). */
function alignSeries(overall: readonly TrendPoint[], region: readonly TrendPoint[] | undefined) {
  const dates = [...new Set([...overall.map((p) => p.date), ...(region ?? []).map((p) => p.date)])].sort();
  const at = (series: readonly TrendPoint[]) => {
    const byDate = new Map(series.map((p) => [p.date, Math.round(p.average * 10) / 10]));
    return dates.map((d) => byDate.get(d) ?? null);
  };
  return { dates, overall: at(overall), region: region ? at(region) : undefined };
}

/** Average pain over the period (uPlot, loaded only with this page), with the same numbers in a table for screen readers. */
export function TrendChart({ overall, region, bucket }: TrendChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const aligned = alignSeries(overall, region?.trend);
  const lines: uPlot.Series[] = [{ label: "All areas", stroke: "#1f5f5b", width: 2, spanGaps: true, points: { size: 7 } }];
  const data: uPlot.AlignedData = [aligned.dates.map(localSeconds), aligned.overall];
  if (region && aligned.region) {
    lines.push({ label: region.label, stroke: "#bf4124", width: 2, dash: [6, 4], spanGaps: true, points: { size: 7 } });
    data.push(aligned.region);
  }
  usePainChart(box, HEIGHT, { series: lines, data, legend: false });
  return (
    <>
      <div ref={box} aria-hidden="true" className="chart trend-chart" />
      <p className="legend" aria-hidden="true">
        <span className="legend-item">
          <span className="trend-key" /> all areas
        </span>
        {region && (
          <span className="legend-item">
            <span className="trend-key trend-key-region" /> {region.label}
          </span>
        )}
      </p>
      <table className="visually-hidden">
        <caption>Average pain {bucket === "week" ? "by week" : "by day"}</caption>
        <thead>
          <tr>
            <th scope="col">{bucket === "week" ? "Week starting" : "Day"}</th>
            <th scope="col">All areas</th>
            {region && <th scope="col">{region.label}</th>}
          </tr>
        </thead>
        <tbody>
          {aligned.dates.map((date, i) => (
            <tr key={date}>
              <td>{formatDay(date)}</td>
              <td>{aligned.overall[i] == null ? "not rated" : oneDecimal(aligned.overall[i])}</td>
              {aligned.region && <td>{aligned.region[i] == null ? "not rated" : oneDecimal(aligned.region[i])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
