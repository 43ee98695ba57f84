import { Suspense, use, useId, useMemo } from "react";
import { EVIDENCE_NOTE } from "@unknot/core/atlas";
import type { MuscleGroup } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref, useSearch } from "../../router/search.ts";
import { useAfterPaint } from "../../shared/ui/useAfterPaint.ts";
import { ATLAS_SEARCH, type AtlasQuery } from "./atlas-query.ts";
import { AREAS } from "./atlas-search.ts";
import type * as AtlasList from "./atlas-list.ts";

// The list needs the whole atlas (most of the page's download): it loads once the heading, the evidence note and the
// search have painted, so they need not wait for it.
let listModule: Promise<typeof AtlasList> | undefined;
function loadList() {
  listModule ??= import("./atlas-list.ts").catch((failure: unknown) => {
    listModule = undefined; // a failed download (offline) is tried again on the next render
    throw failure;
  });
  return listModule;
}

/** `/atlas?q=…&area=…`: search the muscles, or browse them by body area. */
export function AtlasPage() {
  const { q: text = "", area } = useSearch(ATLAS_SEARCH).value;
  const searchId = useId();
  const painted = useAfterPaint();
  const update = (next: Partial<AtlasQuery>) => navigate(searchHref(ATLAS_SEARCH, { q: text, area, ...next }), { replace: true });
  return (
    <>
      <h1>Trigger point atlas</h1>
      <p className="hint">{EVIDENCE_NOTE}</p>
      <div className="card atlas-filters">
        <label htmlFor={searchId}>Search muscles, or a place where it hurts</label>
        <input
          id={searchId}
          type="search"
          value={text}
          placeholder="For example: temple, heel, trapezius"
          onChange={(event) => update({ q: event.target.value })}
        />
        <div className="chips" role="group" aria-label="Body area">
          <button type="button" className="chip" aria-pressed={area === undefined} onClick={() => update({ area: undefined })}>
            All areas
          </button>
          {AREAS.map((choice) => (
            <button
              key={choice.group}
              type="button"
              className="chip"
              aria-pressed={area === choice.group}
              onClick={() => update({ area: choice.group })}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
      {painted && (
        <Suspense fallback={null}>
          <AtlasResults text={text} area={area} />
        </Suspense>
      )}
    </>
  );
}

/** The muscles matching the search and body area, with how many trigger points each has. */
function AtlasResults({ text, area }: { text: string; area: MuscleGroup | undefined }) {
  const { atlasList, groupOf } = use(loadList());
  const results = useMemo(() => atlasList(text, area), [atlasList, text, area]);
  return (
    <>
      <p role="status" className="hint">
        {results.length === 0 ? "No muscle matches. Try another word, or choose All areas." : `${results.length} muscles`}
      </p>
      <ul className="muscle-list">
        {results.map((muscle) => (
          <li key={muscle.id}>
            <Link to={`/atlas/${muscle.id}`} className="muscle-link">
              <strong>{muscle.name}</strong>
              <span className="hint">
                {AREAS.find((a) => a.group === groupOf(muscle))?.label} · {muscle.triggerPoints.length} trigger point
                {muscle.triggerPoints.length === 1 ? "" : "s"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
