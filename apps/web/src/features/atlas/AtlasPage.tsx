import { useId, useMemo } from "react";
import { ATLAS, EVIDENCE_NOTE, type MuscleRecord } from "@unknot/core/atlas";
import { MUSCLES, type MuscleGroup } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref, useSearch } from "../../router/search.ts";
import { ATLAS_SEARCH, type AtlasQuery } from "./atlas-query.ts";
import { AREAS, searchAtlas } from "./atlas-search.ts";

const groupById = new Map<string, MuscleGroup>(MUSCLES.map((m) => [m.id, m.group]));
const groupOf = (muscle: MuscleRecord): MuscleGroup => groupById.get(muscle.id) ?? "trunk";

/** `/atlas?q=…&area=…`: search the muscles, or browse them by body area. */
export function AtlasPage() {
  const { q: text = "", area } = useSearch(ATLAS_SEARCH).value;
  const searchId = useId();
  const results = useMemo(() => searchAtlas(ATLAS, groupOf, text, area), [text, area]);
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
