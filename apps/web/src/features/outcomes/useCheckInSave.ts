import { useRef, useState } from "react";
import { messageOf } from "../../api/index.ts";

/** One record a check-in saves, named so a retry skips what was already saved. */
export interface SavePart {
  name: string;
  save: () => Promise<unknown>;
}

interface SaveState {
  saving: boolean;
  error: string | undefined;
  saved: boolean;
}

/**
 * Saves a check-in's records one after another. When one fails, the error is shown and the ones already
 * saved are remembered, so "save" again sends only the rest and nothing is recorded twice.
 */
export function useCheckInSave() {
  const [state, setState] = useState<SaveState>({ saving: false, error: undefined, saved: false });
  const done = useRef(new Set<string>());
  const save = async (parts: readonly SavePart[]) => {
    setState({ saving: true, error: undefined, saved: false });
    try {
      for (const part of parts) {
        if (done.current.has(part.name)) continue;
        await part.save();
        done.current.add(part.name);
      }
      done.current.clear();
      setState({ saving: false, error: undefined, saved: true });
    } catch (error) {
      setState({ saving: false, error: messageOf(error), saved: false });
    }
  };
  return { ...state, save };
}
