import { findTriggerPoint } from "@unknot/core/atlas";
import { type StoredSession } from "@unknot/core/diary";
import { formatStartedAt } from "../../shared/format/format-time.ts";
import { changeWords } from "../../shared/format/session-summary.ts";

/** One session of the diary: when, which points, pain before and after, notes. */
export function SessionItem({ session, onDelete }: { session: StoredSession; onDelete: () => void }) {
  const names = session.points.map((p) => findTriggerPoint(p.triggerPoint)?.point.name ?? p.triggerPoint);
  return (
    <article className="card session-item" aria-label={`Session on ${session.localDate}`}>
      <header className="session-item-head">
        <h3>{formatStartedAt(session.startedAt)}</h3>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (window.confirm("Delete this session from your diary?")) onDelete();
          }}
        >
          Delete
        </button>
      </header>
      <p>
        <strong>Average pain:</strong> {changeWords(session.painBefore, session.painAfter)}
      </p>
      <p>
        <strong>Points worked:</strong> {names.length > 0 ? names.join(", ") : "none completed"}
      </p>
      {session.notes && <p className="hint">{session.notes}</p>}
    </article>
  );
}
