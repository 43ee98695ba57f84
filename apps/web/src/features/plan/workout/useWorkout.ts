import { useEffect, useState } from "react";
import type { WorkoutRequest, WorkoutRoutine } from "@unknot/core";
import { messageOf, fetchActivities, planWorkout, type ActivityChoice } from "../../../api/index.ts";

/** The activities on offer and the latest workout routine built from a request. */
export function useWorkout() {
  const [activities, setActivities] = useState<ActivityChoice[]>([]);
  const [suggestion, setSuggestion] = useState<{ built: WorkoutRoutine; adjusted: boolean } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    fetchActivities().then(setActivities, (failure: unknown) => setError(messageOf(failure)));
  }, []);
  const build = async (request: WorkoutRequest) => {
    setBusy(true);
    setError(undefined);
    try {
      setSuggestion({ built: await planWorkout(request), adjusted: request.previous !== undefined });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return {
    activities,
    suggestion,
    busy,
    error,
    build: (request: WorkoutRequest) => void build(request),
    clear: () => setSuggestion(undefined),
  };
}
