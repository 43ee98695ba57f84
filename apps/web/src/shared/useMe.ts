import { useCallback, useEffect, useState } from "react";
import { getMe, type Me } from "../api/index.ts";

/** Listeners to tell when someone signs in or out, so every user of `useMe` asks the server again. */
const listeners = new Set<() => void>();

/** Tells every `useMe` that who is signed in may have changed. */
export function meChanged(): void {
  for (const listener of listeners) listener();
}

/** The server's mode and who is signed in; `undefined` while asking, `"offline"` when the server could not answer. */
export function useMe(): Me | undefined | "offline" {
  const [me, setMe] = useState<Me | undefined | "offline">(undefined);
  const load = useCallback(() => {
    getMe().then(setMe, () => setMe("offline"));
  }, []);
  useEffect(() => {
    load();
    listeners.add(load);
    return () => void listeners.delete(load);
  }, [load]);
  return me;
}
