import { useState } from "react";
import { buildWorkoutRoutine, type WorkoutRequest, type WorkoutRoutine } from "@unknot/core/planner";
import { messageOf } from "../../../api/index.ts";
import { ACTIVITY_CHOICES } from "../local-planner.ts";

/** The activities on offer and the latest workout routine built (in the browser) from a request. */
export function useWorkout() {
  // The last routine built stays shown when building the next one fails.
  const [suggestion, setSuggestion] = useState<{ built: WorkoutRoutine; adjusted: boolean } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const build = (request: WorkoutRequest) => {
    try {
      setSuggestion({ built: buildWorkoutRoutine(request), adjusted: request.previous !== undefined });
      setError(undefined);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return {
    activities: ACTIVITY_CHOICES,
    suggestion,
    // Building runs in the browser and returns at once; kept so the page reads the same either way.
    busy: false,
    error,
    build,
    clear: () => setSuggestion(undefined),
  };
}
