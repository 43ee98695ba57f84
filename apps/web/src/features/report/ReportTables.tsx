import { type StoredPressTest, type StoredSession } from "@unknot/core/diary";
import { type TriggerPointEffect } from "@unknot/core/stats";
import { formatStartedAt } from "../../shared/format/format-time.ts";
import { changeWords } from "../../shared/format/session-summary.ts";
import { dropWords } from "../../shared/format/format-number.ts";
import { NotesCell, pointName, PressureCell } from "./SessionCells.tsx";
import { DataTable } from "../../shared/ui/DataTable.tsx";

const RESULT_WORDS: Record<StoredPressTest["result"], string> = {
  reproduces: "brought on the familiar pain",
  tender: "tender, but not the familiar pain",
  nothing: "nothing notable",
};

/** Every session of the period, oldest first: when, which points, pain before and after, strongest pressure-pain, notes. */
export function SessionsTable({ sessions }: { sessions: readonly StoredSession[] }) {
  if (sessions.length === 0) return <p>No sessions in this period.</p>;
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return (
    <DataTable
      columns={["When", "Points worked", "Pain before → after (average)", "Strongest pressure-pain", "Notes"]}
      className="sessions-table"
    >
      {ordered.map((s) => (
        <tr key={s.id}>
          {/* The report's title gives the period's year, so each row says only day and time: a row fits one line. */}
          <td>{formatStartedAt(s.startedAt, false)}</td>
          <td>{s.points.length ? s.points.map((p) => pointName(p.triggerPoint)).join("; ") : "none completed"}</td>
          {/* The arrow says which way it went; the printed table has no room to say it twice. */}
          <td>{changeWords(s.painBefore, s.painAfter, true)}</td>
          <PressureCell session={s} />
          <NotesCell session={s} />
        </tr>
      ))}
    </DataTable>
  );
}

/** Each trigger point worked, how often and the average before → after change around its sessions. */
export function EffectsTable({ effects }: { effects: readonly TriggerPointEffect[] }) {
  if (effects.length === 0) return <p>No trigger point was worked in this period.</p>;
  return (
    <>
      <DataTable columns={["Trigger point", "Sessions", "Average change"]}>
        {effects.map((e) => (
          <tr key={e.triggerPoint}>
            <td>
              {e.name}
              {e.muscle && <span className="hint"> ({e.muscle})</span>}
            </td>
            <td>{e.sessions}</td>
            <td>{dropWords(e.averageDrop)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="hint">
        Sessions that worked several points count for each, so these are associations, not evidence that a point caused the change.
      </p>
    </>
  );
}

/** The person's press tests: pressing a point and noting whether it brought on their usual pain. */
export function PressTestsTable({ tests }: { tests: readonly StoredPressTest[] }) {
  if (tests.length === 0) return <p>No press tests recorded in this period.</p>;
  const ordered = [...tests].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  return (
    <>
      <DataTable columns={["When", "Trigger point", "Result"]}>
        {ordered.map((t) => (
          <tr key={t.id}>
            <td>{formatStartedAt(t.recordedAt)}</td>
            <td>{pointName(t.triggerPoint)}</td>
            <td>{RESULT_WORDS[t.result]}</td>
          </tr>
        ))}
      </DataTable>
      <p className="hint">
        Self-pressing is not a reliable way to find trigger points; these results are the person&apos;s own impressions.
      </p>
    </>
  );
}
