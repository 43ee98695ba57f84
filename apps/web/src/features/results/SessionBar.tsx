import type { Candidate } from "@unknot/core/finder";
import { Link } from "../../router/Link.tsx";
import type { FindState } from "../../shared/find-query.ts";
import { searchHref } from "../../router/search.ts";
import { PLAN_SEARCH } from "../../shared/point-query.ts";
import { SESSION_LINK } from "../../shared/session-link.ts";

interface SessionBarProps {
  state: FindState;
  candidates: readonly Candidate[];
  picked: readonly string[];
}

/** Most points in one guided session: pressure work adds up, and a short session done often beats a long one. */
export const MAX_SESSION_POINTS = 6;

/** The bar that starts a guided session with the points the person chose. */
export function SessionBar({ state, candidates, picked }: SessionBarProps) {
  const points = candidates
    .filter((c) => picked.includes(c.triggerPoint))
    .slice(0, MAX_SESSION_POINTS)
    .map((c) => ({ triggerPoint: c.triggerPoint, side: c.side }));
  return (
    <aside className="session-bar" aria-label="Guided session">
      {points.length === 0 ? (
        <p>Add points with "Add to session" to start a guided session.</p>
      ) : (
        <>
          <p>
            {points.length} point{points.length === 1 ? "" : "s"} chosen
            {picked.length > MAX_SESSION_POINTS ? ` (the first ${MAX_SESSION_POINTS} are used)` : ""}.
          </p>
          <Link className="button primary" to={searchHref(SESSION_LINK, { points, pain: state.pain })}>
            Start a guided session
          </Link>
          <Link className="button" to={searchHref(PLAN_SEARCH, { points: points.map((p) => p.triggerPoint) })}>
            Plan a routine
          </Link>
        </>
      )}
    </aside>
  );
}
