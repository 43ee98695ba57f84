import { useQuery } from "@tanstack/react-query";
import { messageOf, fetchSavedRoutines } from "../../api/index.ts";
import { queryKeys } from "../../shared/query-client.ts";

/** The diary's saved routines, newest first; saving a routine (`usePlanRoutine`) loads them again. */
export function useSavedRoutines() {
  const routines = useQuery({ queryKey: queryKeys.savedRoutines, queryFn: fetchSavedRoutines });
  return { routines: routines.data, error: routines.error ? messageOf(routines.error) : undefined };
}
