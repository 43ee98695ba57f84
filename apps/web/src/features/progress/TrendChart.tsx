import { useRef } from "react";
import type { DateRange, TrendPoint } from "@unknot/core/stats";
import type uPlot from "uplot";
import { usePainChart } from "../../shared/ui/usePainChart.ts";
import { formatDay } from "../../shared/format/period.ts";
import { oneDecimal } from "../../shared/format/format-number.ts";
import { alignLines, localSeconds, markerSize, periodAxis } from "./trend-data.ts";

/** One area's line: its name and its ratings over the period. */
export interface AreaLine {
  label: string;
  trend: readonly TrendPoint[];
}

interface TrendChartProps {
  /** One line per area, most often hurt first. */
  lines: readonly AreaLine[];
  bucket: "day" | "week";
  /** The chosen period: the time axis spans all of it. */
  range: DateRange;
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

/** Pain over the period, one line per area (uPlot, loaded only with this page), with the same numbers in a table for screen readers. */
export function TrendChart({ lines, bucket, range }: TrendChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const aligned = alignLines(lines);
  const series: uPlot.Series[] = lines.map((line, i) => ({
    label: line.label,
    stroke: styleOf(i).stroke,
    width: 2,
    dash: [...styleOf(i).dash],
    spanGaps: true,
    points: { size: markerSize(i, lines.length), width: 2, fill: "#fff" },
  }));
  usePainChart(box, HEIGHT, {
    series,
    data: [aligned.dates.map(localSeconds), ...aligned.values],
    legend: false,
    xRange: periodAxis(range),
  });
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
      {/* The wrapper hides the table: a table cannot be narrowed to 1px or clip its overflow itself. */}
      <div className="visually-hidden">
        <table>
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
      </div>
    </>
  );
}
