import { useEffect, type RefObject } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/** What a pain chart shows: its lines (after the time axis) and their columns of values. */
export interface PainChartSpec {
  series: uPlot.Series[];
  data: uPlot.AlignedData;
  legend?: boolean;
  /** The time axis from and to (seconds); without it uPlot fits the axis to the data. */
  xRange?: [number, number];
}

const HALF_DAY = 12 * 60 * 60;

/**
 * The time axis: the one asked for, else fitted to the data by uPlot, except for a single moment, where uPlot's own
 * range reads its seconds as milliseconds and draws an axis about a thousand days long; half a day either side then.
 */
export function timeAxisRange(times: ArrayLike<number>, asked?: [number, number]): [number, number] | undefined {
  if (asked) return asked;
  const first = times[0];
  if (first === undefined || Array.prototype.some.call(times, (t: number) => t !== first)) return undefined;
  return [first - HALF_DAY, first + HALF_DAY];
}

/**
 * Draws pain (0–10) over time with uPlot in `box`, as wide as the box, redrawn when the spec changes and
 * when the window is resized. The spec must be plain data: it is compared as JSON.
 */
export function usePainChart(box: RefObject<HTMLDivElement | null>, height: number, spec: PainChartSpec): void {
  const key = JSON.stringify(spec);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const { series, data, legend = true, xRange: asked } = JSON.parse(key) as PainChartSpec;
    const xRange = timeAxisRange(data[0], asked);
    const chart = new uPlot(
      {
        width: element.clientWidth,
        height,
        legend: { show: legend },
        scales: { x: xRange ? { time: true, range: xRange } : { time: true }, y: { range: [0, 10] } },
        series: [{}, ...series],
        axes: [{}, { label: "Pain (0–10)" }],
      },
      data,
      element,
    );
    const resize = () => chart.setSize({ width: element.clientWidth, height });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.destroy();
    };
  }, [box, height, key]);
}
