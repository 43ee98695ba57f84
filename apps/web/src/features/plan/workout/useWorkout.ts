import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { WorkoutRequest, WorkoutRoutine } from "@unknot/core";
import { messageOf, fetchActivities, planWorkout } from "../../../api/index.ts";

/** The activities on offer and the latest workout routine built from a request. */
export function useWorkout() {
  // The list of activities is fixed for a version of the app: loaded once per visit.
  const activities = useQuery({ queryKey: ["activities"], queryFn: fetchActivities, staleTime: Infinity });
  // The last routine built stays shown while the next is built, and when building it fails.
  const [suggestion, setSuggestion] = useState<{ built: WorkoutRoutine; adjusted: boolean } | undefined>(undefined);
  const building = useMutation({
    mutationFn: async (request: WorkoutRequest) => ({ built: await planWorkout(request), adjusted: request.previous !== undefined }),
    onSuccess: setSuggestion,
  });
  const failure = building.error ?? activities.error;
  return {
    activities: activities.data ?? [],
    suggestion,
    busy: building.isPending,
    error: failure ? messageOf(failure) : undefined,
    build: (request: WorkoutRequest) => building.mutate(request),
    clear: () => setSuggestion(undefined),
  };
}
