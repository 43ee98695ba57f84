import { useRef } from "react";
import type { StoredSession } from "@unknot/core/diary";
import { usePainChart } from "../../shared/ui/usePainChart.ts";
import { meanPain } from "../../shared/format/session-summary.ts";

/** Average pain before and after each session over time (uPlot), with the same numbers in a table for screen readers. */
export function PainChart({ sessions }: { sessions: readonly StoredSession[] }) {
  const box = useRef<HTMLDivElement>(null);
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const times = ordered.map((s) => Date.parse(s.startedAt) / 1000);
  const before = ordered.map((s) => meanPain(s.painBefore) ?? null);
  const after = ordered.map((s) => meanPain(s.painAfter) ?? null);
  usePainChart(box, 220, {
    series: [
      { label: "Before", stroke: "#bf4124", width: 2, points: { size: 7 } },
      { label: "After", stroke: "#1f5f5b", width: 2, points: { size: 7 } },
    ],
    data: [times, before, after],
  });
  return (
    <section className="card" aria-labelledby="chart-heading">
      <h2 id="chart-heading">Average pain, before and after</h2>
      <div ref={box} aria-hidden="true" className="chart" />
      {/* The wrapper hides the table: a table cannot be narrowed to 1px or clip its overflow itself. */}
      <div className="visually-hidden">
        <table>
          <caption>Average pain before and after each session</caption>
          <thead>
            <tr>
              <th>Date</th>
              <th>Before</th>
              <th>After</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((s, i) => (
              <tr key={s.id}>
                <td>{s.localDate}</td>
                <td>{before[i] ?? "–"}</td>
                <td>{after[i] ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
