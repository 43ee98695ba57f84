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

/**
 * Draws pain (0–10) over time with uPlot in `box`, as wide as the box, redrawn when the spec changes and
 * when the window is resized. The spec must be plain data: it is compared as JSON.
 */
export function usePainChart(box: RefObject<HTMLDivElement | null>, height: number, spec: PainChartSpec): void {
  const key = JSON.stringify(spec);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const { series, data, legend = true, xRange } = JSON.parse(key) as PainChartSpec;
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
