import { useId, useMemo } from "react";
import { ATLAS, EVIDENCE_NOTE, type MuscleRecord } from "@unknot/core/atlas";
import { MUSCLES, type MuscleGroup } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { navigate, useLocation } from "../../router/router.ts";
import { AREAS, searchAtlas } from "./atlas-search.ts";

const groupById = new Map<string, MuscleGroup>(MUSCLES.map((m) => [m.id, m.group]));
const groupOf = (muscle: MuscleRecord): MuscleGroup => groupById.get(muscle.id) ?? "trunk";

function isGroup(value: string | null): value is MuscleGroup {
  return AREAS.some((area) => area.group === value);
}

/** `/atlas?q=…&area=…`: search the muscles, or browse them by body area. */
export function AtlasPage() {
  const { query } = useLocation();
  const searchId = useId();
  const text = query.get("q") ?? "";
  const areaParam = query.get("area");
  const area = isGroup(areaParam) ? areaParam : undefined;
  const results = useMemo(() => searchAtlas(ATLAS, groupOf, text, area), [text, area]);
  const update = (next: { q?: string; area?: MuscleGroup | undefined }) => {
    const params = new URLSearchParams();
    const q = next.q ?? text;
    const a = "area" in next ? next.area : area;
    if (q) params.set("q", q);
    if (a) params.set("area", a);
    const search = params.toString();
    navigate(`/atlas${search ? `?${search}` : ""}`, { replace: true });
  };
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
