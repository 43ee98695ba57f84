import { useMemo } from "react";
import { findTriggerPoints, parseFindInput, type FindResult, type PressTestEntry } from "@unknot/core/finder";
import { withClinicianPressTests } from "@unknot/core/clinic";
import type { FindState } from "../../shared/find-query.ts";

const NO_TESTS: readonly PressTestEntry[] = [];

/**
 * The finder's answer for the page's state, recomputed in the browser whenever the answers change. A clinician's
 * findings (`clinician`) count as press-test answers on their points (core `withClinicianPressTests`).
 */
export function useFinder(state: FindState, clinician: readonly PressTestEntry[] = NO_TESTS): { result: FindResult } | { error: string } {
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
    return { result: findTriggerPoints(withClinicianPressTests(parsed.value, clinician)) };
  }, [state, clinician]);
}
