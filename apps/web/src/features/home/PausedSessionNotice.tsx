import { useMemo, useSyncExternalStore } from "react";
import { Link } from "../../router/Link.tsx";
import { pausedSessionSnapshot, readPausedSession } from "../../shared/paused-session.ts";

// Session storage belongs to this tab only and changes only on the session page, so there is nothing to listen to.
const subscribe = () => () => undefined;

/** A guided session left under way in this tab (it is kept paused), with the way back to it. */
export function PausedSessionNotice() {
  // The prerendered page has no session; the tab's own one shows right after hydration, without a mismatch.
  const snapshot = useSyncExternalStore(subscribe, pausedSessionSnapshot, () => "\n");
  const paused = useMemo(() => (snapshot === "\n" ? undefined : readPausedSession()), [snapshot]);
  if (!paused) return null;
  return (
    <section className="card paused-session" aria-labelledby="paused-heading">
      <h2 id="paused-heading">Your guided session is paused</h2>
      <p>
        {paused.name}
        {paused.step
          ? `, at step ${paused.step.at} of ${paused.step.of}.`
          : ": the steps are done; rate your pain to save it to your diary."}
      </p>
      <Link to={paused.href} className="button primary">
        Carry on with the session
      </Link>
    </section>
  );
}
