import { lazy, Suspense } from "react";
import { Link } from "../../router/Link.tsx";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";
import { RetryNotice } from "../../shared/ui/RetryNotice.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref, useSearch } from "../../router/search.ts";
import { HistoryFilters } from "./HistoryFilters.tsx";
import { HISTORY_SEARCH, type HistoryFilter } from "./history-query.ts";
import { SessionItem } from "./SessionItem.tsx";
import { useOnline } from "./useOnline.ts";
import { useSessions } from "./useSessions.ts";

const PainChart = lazy(() => import("./PainChart.tsx").then((m) => ({ default: m.PainChart })));

/** `/history?from=…&to=…&region=…`: the sessions in the diary, newest first, with pain before and after. */
export function HistoryPage() {
  const { value: filter, problems } = useSearch(HISTORY_SEARCH);
  const sessions = useSessions(filter);
  const online = useOnline();
  const setFilter = (next: HistoryFilter) => navigate(searchHref(HISTORY_SEARCH, next), { replace: true });
  return (
    <>
      <h1>Your sessions</h1>
      <HistoryFilters filter={filter} onChange={setFilter} />
      <LinkNotes problems={problems} />
      {!online && (
        <p className="notice" role="status">
          Offline — showing what was saved on this device the last time it was online. New sessions from other devices appear when you are
          back online.
        </p>
      )}
      {sessions.pending > 0 && (
        <p className="notice" role="status">
          {sessions.pending} session{sessions.pending === 1 ? " is" : "s are"} waiting on this device to be sent.{" "}
          <button type="button" className="link-button" onClick={sessions.reload}>
            Try now
          </button>
        </p>
      )}
      {sessions.error && <RetryNotice message={sessions.error} onRetry={sessions.reload} />}
      {sessions.items.length >= 2 && (
        <Suspense fallback={null}>
          <PainChart sessions={sessions.items} />
        </Suspense>
      )}
      {!sessions.loading && sessions.items.length === 0 && !sessions.error && (
        <section className="card">
          <p>No sessions {filter.from || filter.to || filter.region ? "match these filters" : "yet"}.</p>
          <Link to="/">Start by marking where it hurts</Link>
        </section>
      )}
      <div className="session-list">
        {sessions.items.map((session) => (
          <SessionItem key={session.id} session={session} onDelete={() => void sessions.remove(session.id)} />
        ))}
      </div>
      {sessions.loading && <p className="loading">Loading…</p>}
      {sessions.nextCursor && !sessions.loading && (
        <button type="button" className="secondary wide" onClick={sessions.loadMore}>
          Show older sessions
        </button>
      )}
    </>
  );
}
