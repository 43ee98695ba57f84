import { useMemo } from "react";
import { findTriggerPoints, parseFindInput, type FindResult } from "@unknot/core/finder";
import type { FindState } from "../../shared/find-query.ts";

/** The finder's answer for the page's state, recomputed in the browser whenever the answers change. */
export function useFinder(state: FindState): { result: FindResult } | { error: string } {
  return useMemo(() => {
    const parsed = parseFindInput({
      pain: state.pain,
      symptoms: state.symptoms,
      flags: state.flags ?? [],
      pressTests: state.tests,
      ...(state.age !== undefined ? { age: state.age } : {}),
      ...(state.weeks !== undefined ? { durationWeeks: state.weeks } : {}),
    });
    if (!parsed.ok) return { error: parsed.error };
    return { result: findTriggerPoints(parsed.value) };
  }, [state]);
}
