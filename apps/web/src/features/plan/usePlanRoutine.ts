import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Preferences } from "@unknot/core/planner";
import { messageOf, planRoutine, saveRoutine, type PlannedRoutine } from "../../api/index.ts";
import { queryKeys } from "../../shared/query-client.ts";

/** What a routine is built from; compared to spot changes since it was built. */
type Inputs = { points: readonly string[]; prefs: Preferences };

const fingerprint = ({ points, prefs }: Inputs) => JSON.stringify([points, prefs]);

/** Builds a routine on the server (adapted to the diary) and saves it; remembers what it was built from to spot changes. */
export function usePlanRoutine() {
  const client = useQueryClient();
  const [builtFrom, setBuiltFrom] = useState("");
  // The last routine built stays shown while the next is built, and when building it fails.
  const [planned, setPlanned] = useState<PlannedRoutine | undefined>(undefined);
  const plan = useMutation({
    mutationFn: ({ points, prefs }: Inputs) => planRoutine(points, prefs),
    onSuccess: (built, inputs) => {
      setPlanned(built);
      setBuiltFrom(fingerprint(inputs));
    },
  });
  const save = useMutation({
    mutationFn: saveRoutine,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.savedRoutines }),
  });
  const failure = save.error ?? plan.error;
  return {
    planned,
    busy: plan.isPending,
    error: failure ? messageOf(failure) : undefined,
    saved: save.isSuccess && save.variables === planned?.routine,
    /** True when the points or preferences changed since the routine was built. */
    isStale: (points: readonly string[], prefs: Preferences) => planned !== undefined && builtFrom !== fingerprint({ points, prefs }),
    build: (points: readonly string[], prefs: Preferences) => {
      save.reset();
      plan.mutate({ points, prefs });
    },
    save: () => {
      if (planned) save.mutate(planned.routine);
    },
  };
}
