import { useEffect, useState } from "react";
import type { StoredRoutine } from "@unknot/core";
import { messageOf, fetchSavedRoutines } from "../../api/index.ts";

/** The diary's saved routines, newest first; loads again whenever `reloadKey` changes (e.g. after a save). */
export function useSavedRoutines(reloadKey: unknown) {
  const [routines, setRoutines] = useState<StoredRoutine[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    fetchSavedRoutines()
      .then((items) => {
        if (!current) return;
        setRoutines(items);
        setError(undefined);
      })
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, [reloadKey]);
  return { routines, error };
}
