import { useMemo } from "react";
import { findTriggerPoints, type FindInput, type FindResult, type PressTestEntry } from "@unknot/core/finder";
import { withClinicianPressTests } from "@unknot/core/clinic";
import type { FindState } from "../../shared/find-query.ts";

const NO_TESTS: readonly PressTestEntry[] = [];

/**
 * The finder's input for the page's state. `readFindState` has already checked every part of the address (known ids,
 * intensities from 0 to 10, ages up to 130, press-test answers), so this builds the input directly rather than running
 * core's `parseFindInput`, whose schema would bring zod into the results page's download.
 */
function findInputOf(state: FindState): FindInput {
  return {
    pain: state.pain,
    symptoms: state.symptoms,
    flags: state.flags ?? [],
    pressTests: state.tests,
    ...(state.age !== undefined ? { age: state.age } : {}),
    ...(state.weeks !== undefined ? { durationWeeks: state.weeks } : {}),
  };
}

/**
 * The finder's answer for the page's state, recomputed in the browser whenever the answers change. A clinician's
 * findings (`clinician`) count as press-test answers on their points (core `withClinicianPressTests`).
 */
export function useFinder(state: FindState, clinician: readonly PressTestEntry[] = NO_TESTS): FindResult {
  return useMemo(() => findTriggerPoints(withClinicianPressTests(findInputOf(state), clinician)), [state, clinician]);
}
