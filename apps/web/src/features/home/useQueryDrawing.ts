import { useCallback, useMemo } from "react";
import type { RegionId } from "@unknot/core/vocabulary";
import { HOME_SEARCH, type FindState } from "../../shared/find-query.ts";
import { navigate } from "../../router/router.ts";
import { searchHref, useSearch } from "../../router/search.ts";

/**
 * The pain drawing kept in the page's address (`?pain=…`), so reloading, going back and sharing all keep it, with a
 * note for every part of the address that could not be read (they go once the drawing is changed and written back).
 */
export function useQueryDrawing() {
  const { value: state, problems } = useSearch(HOME_SEARCH);
  const drawing = useMemo(() => new Map(state.pain.map((mark) => [mark.region, mark.intensity])), [state]);
  const write = useCallback((next: FindState) => navigate(searchHref(HOME_SEARCH, next), { replace: true }), []);
  const set = useCallback(
    (region: RegionId, intensity: number | undefined) => {
      const pain = state.pain.filter((mark) => mark.region !== region);
      if (intensity !== undefined) {
        const index = state.pain.findIndex((mark) => mark.region === region);
        pain.splice(index === -1 ? pain.length : index, 0, { region, intensity });
      }
      write({ ...state, pain });
    },
    [state, write],
  );
  const clear = useCallback(() => write({ ...state, pain: [] }), [state, write]);
  return { state, problems, drawing, set, clear };
}
