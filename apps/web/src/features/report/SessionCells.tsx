import { findTriggerPoint, MAX_PAIN_CEILING } from "@unknot/core/atlas";
import { type StoredSession } from "@unknot/core/diary";

/** Words that flag a pressure-pain the app itself would never have asked for. */
export const OVER_LIMIT_WORDS = `above Unknot's limit of ${MAX_PAIN_CEILING}/10`;

/** A trigger point's name, or its id when the atlas no longer has it. */
export function pointName(id: string): string {
  return findTriggerPoint(id)?.point.name ?? id;
}

/** The strongest pressure-pain of a session, flagged in words (not colour alone) when it went above the app's ceiling. */
export function PressureCell({ session }: { session: StoredSession }) {
  if (session.points.length === 0) return <td>–</td>;
  const strongest = Math.max(...session.points.map((p) => p.maxPain));
  if (strongest <= MAX_PAIN_CEILING) return <td>{strongest}/10</td>;
  return (
    <td className="over-limit">
      <strong>
        <span aria-hidden="true">⚠ </span>
        {strongest}/10
      </strong>{" "}
      ({OVER_LIMIT_WORDS})
    </td>
  );
}

/** The person's own notes on a session and on each point they worked, so a clinician reads them as written. */
export function NotesCell({ session }: { session: StoredSession }) {
  const pointNotes = session.points.filter((p) => p.notes?.trim());
  if (!session.notes?.trim() && pointNotes.length === 0) return <td>–</td>;
  return (
    <td className="report-notes">
      {session.notes?.trim() && <p>{session.notes}</p>}
      {pointNotes.map((p, index) => (
        <p key={`${p.triggerPoint}-${index}`}>
          <span className="hint">{pointName(p.triggerPoint)}:</span> {p.notes}
        </p>
      ))}
    </td>
  );
}
