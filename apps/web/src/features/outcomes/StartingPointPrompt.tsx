import { useEffect, useState } from "react";
import { Link } from "../../router/Link.tsx";
import { fetchLatestPsfs } from "../../api/index.ts";
import "./outcomes.css";

/**
 * Shown when a programme starts and no starting point exists yet: a minute now (naming what pain makes hard) is what
 * lets Unknot say later whether the routine is helping. Says nothing once a first PSFS is recorded, or when offline.
 */
export function StartingPointPrompt() {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let current = true;
    fetchLatestPsfs().then(
      (psfs) => current && setMissing(psfs === undefined),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  if (!missing) return null;
  return (
    <aside className="card starting-point" aria-labelledby="starting-point-heading">
      <h2 id="starting-point-heading">Before you start: your starting point</h2>
      <p>
        Name three to five things the pain makes hard, and how well you can do them today. A minute now, and a short check-in each week, is
        how you will know whether this routine is helping.
      </p>
      <Link className="button" to="/progress/check-in">
        Set my starting point
      </Link>
    </aside>
  );
}
