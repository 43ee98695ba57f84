import { useMemo } from "react";
import { findTriggerPoints, type FindInput, type FindResult, type PressTestEntry } from "@unknot/core/finder";
import { withClinicianPressTests } from "@unknot/core/clinic";

/**
 * The finder's answer, recomputed in the browser whenever the answers change; it needs the whole atlas. A clinician's
 * findings (`clinician`) count as press-test answers on their points (core `withClinicianPressTests`).
 */
export function useFinder(input: FindInput, clinician: readonly PressTestEntry[]): FindResult {
  return useMemo(() => findTriggerPoints(withClinicianPressTests(input, clinician)), [input, clinician]);
}
