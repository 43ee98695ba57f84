import { useRef } from "react";
import type { TrendPoint } from "@unknot/core/stats";
import type uPlot from "uplot";
import { usePainChart } from "../../shared/ui/usePainChart.ts";
import { formatDay } from "../../shared/format/period.ts";
import { oneDecimal } from "../../shared/format/format-number.ts";

/** One area's line: its name and its ratings over the period. */
export interface AreaLine {
  label: string;
  trend: readonly TrendPoint[];
}

interface TrendChartProps {
  /** One line per area, most often hurt first. */
  lines: readonly AreaLine[];
  bucket: "day" | "week";
}

const HEIGHT = 240;

/**
 * Line colours and dashes, told apart by dash as well as colour. The chart keeps a light panel in dark mode too, so
 * these are dark enough (at least 3:1) on white.
 */
const STYLES = [
  { stroke: "#1f5f5b", dash: [] },
  { stroke: "#bf4124", dash: [6, 4] },
  { stroke: "#5b4a9e", dash: [2, 3] },
  { stroke: "#8a6200", dash: [10, 4, 2, 4] },
  { stroke: "#2f6db5", dash: [12, 6] },
] as const;

const styleOf = (index: number) => STYLES[index % STYLES.length] ?? STYLES[0];

/** Seconds since the epoch at local midnight of a `YYYY-MM-DD` date, as uPlot's time axis expects. */
function localSeconds(date: string): number {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))).getTime() / 1000;
}

/** Lines up every area on the union of their dates; a date an area was not rated is a gap (null). */
function alignLines(lines: readonly AreaLine[]) {
  const dates = [...new Set(lines.flatMap((line) => line.trend.map((p) => p.date)))].sort();
  const values = lines.map((line) => {
    const byDate = new Map(line.trend.map((p) => [p.date, Math.round(p.average * 10) / 10]));
    return dates.map((d) => byDate.get(d) ?? null);
  });
  return { dates, values };
}

/** Pain over the period, one line per area (uPlot, loaded only with this page), with the same numbers in a table for screen readers. */
export function TrendChart({ lines, bucket }: TrendChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const aligned = alignLines(lines);
  const series: uPlot.Series[] = lines.map((line, i) => ({
    label: line.label,
    stroke: styleOf(i).stroke,
    width: 2,
    dash: [...styleOf(i).dash],
    spanGaps: true,
    points: { size: 7 },
  }));
  usePainChart(box, HEIGHT, { series, data: [aligned.dates.map(localSeconds), ...aligned.values], legend: false });
  return (
    <>
      <div ref={box} aria-hidden="true" className="chart trend-chart" />
      <p className="legend" aria-hidden="true">
        {lines.map((line, i) => (
          <span key={line.label} className="legend-item">
            <svg className="trend-key" viewBox="0 0 24 6" width="24" height="6" aria-hidden="true">
              <line x1="0" y1="3" x2="24" y2="3" stroke={styleOf(i).stroke} strokeWidth="3" strokeDasharray={styleOf(i).dash.join(" ")} />
            </svg>{" "}
            {line.label}
          </span>
        ))}
      </p>
      <table className="visually-hidden">
        <caption>Pain by area, {bucket === "week" ? "week by week" : "day by day"}</caption>
        <thead>
          <tr>
            <th scope="col">{bucket === "week" ? "Week starting" : "Day"}</th>
            {lines.map((line) => (
              <th key={line.label} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {aligned.dates.map((date, i) => (
            <tr key={date}>
              <td>{formatDay(date)}</td>
              {aligned.values.map((column, j) => (
                <td key={lines[j]?.label}>{column[i] == null ? "not rated" : oneDecimal(column[i])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
