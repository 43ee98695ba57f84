import { useEffect, useState } from "react";
import { regionRecord } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { formatStartedAt } from "../../shared/format/format-time.ts";
import { loadLastSearch, type LastSearch as Search } from "./last-search.ts";

/** "Your last search": when, where it hurt, what came first, and the way back to its results. */
export function LastSearch() {
  // Loaded after the prerendered page hydrates: the page itself is the same for everyone.
  const [search, setSearch] = useState<Search | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadLastSearch().then((found) => current && setSearch(found));
    return () => {
      current = false;
    };
  }, []);
  if (!search) return null;
  return (
    <section className="card last-search" aria-labelledby="last-search-heading">
      <h2 id="last-search-heading">Your last search</h2>
      <p>
        {formatStartedAt(search.createdAt)}: {search.regions.map((id) => regionRecord(id).label).join("; ")}.
        {search.first && <> First on the list: {search.first}.</>}
      </p>
      {search.waiting && <p className="hint">Kept on this device; it goes to your diary once you are back online.</p>}
      <Link to={search.href} className="button">
        See its results again
      </Link>
    </section>
  );
}
