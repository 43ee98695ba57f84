import { useEffect, useState } from "react";
import { messageOf } from "../../api/index.ts";

/** Loads something from the server and loads it again whenever `reloadKey` changes; a stale answer is dropped. */
export function useLoaded<T>(load: () => Promise<T>, reloadKey: unknown) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    load()
      .then((next) => {
        if (!current) return;
        setValue(next);
        setError(undefined);
      })
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
    // `load` is a new closure each render; the key says when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reloadKey]);
  return { value, error };
}
