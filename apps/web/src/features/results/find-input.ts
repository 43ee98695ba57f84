import { useMemo } from "react";
import type { FindInput } from "@unknot/core/finder";
import type { FindState } from "../../shared/find-query.ts";

/**
 * The finder's input for the page's state. `FIND_SEARCH` has already checked every part of the address (known ids,
 * intensities from 0 to 10, ages up to 130, press-test answers), so this builds the input directly rather than running
 * core's `parseFindInput`, whose schema would bring zod into the results page's download.
 */
export function useFindInput(state: FindState): FindInput {
  return useMemo(
    () => ({
      pain: state.pain,
      symptoms: state.symptoms,
      flags: state.flags ?? [],
      pressTests: state.tests,
      ...(state.age !== undefined ? { age: state.age } : {}),
      ...(state.weeks !== undefined ? { durationWeeks: state.weeks } : {}),
    }),
    [state],
  );
}
