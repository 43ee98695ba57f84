import { useState } from "react";
import type { Preferences } from "@unknot/core";
import { messageOf, planRoutine, saveRoutine, type PlannedRoutine } from "../../api/index.ts";

/** Builds a routine on the server (adapted to the diary) and saves it; remembers what it was built from to spot changes. */
export function usePlanRoutine() {
  const [planned, setPlanned] = useState<PlannedRoutine | undefined>(undefined);
  const [builtFrom, setBuiltFrom] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const build = async (points: readonly string[], prefs: Preferences) => {
    setBusy(true);
    setError(undefined);
    try {
      setPlanned(await planRoutine(points, prefs));
      setBuiltFrom(JSON.stringify([points, prefs]));
      setSaved(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (!planned) return;
    setError(undefined);
    try {
      await saveRoutine(planned.routine);
      setSaved(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return {
    planned,
    busy,
    error,
    saved,
    /** True when the points or preferences changed since the routine was built. */
    isStale: (points: readonly string[], prefs: Preferences) => planned !== undefined && builtFrom !== JSON.stringify([points, prefs]),
    build: (points: readonly string[], prefs: Preferences) => void build(points, prefs),
    save: () => void save(),
  };
}
