import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";
import { messageOf } from "../../api/index.ts";
import { invalidateDiary } from "../../shared/query-client.ts";

/** One record a check-in saves, named so a retry skips what was already saved. */
export interface SavePart {
  name: string;
  save: () => Promise<unknown>;
}

/**
 * Saves a check-in's records one after another. When one fails, the error is shown and the ones already
 * saved are remembered, so "save" again sends only the rest and nothing is recorded twice.
 */
export function useCheckInSave() {
  const done = useRef(new Set<string>());
  const saving = useMutation({
    mutationFn: async (parts: readonly SavePart[]) => {
      for (const part of parts) {
        if (done.current.has(part.name)) continue;
        await part.save();
        done.current.add(part.name);
      }
      done.current.clear();
    },
    // Progress, the report and the next check-in read these records.
    onSuccess: () => invalidateDiary(),
  });
  return {
    saving: saving.isPending,
    error: saving.error ? messageOf(saving.error) : undefined,
    saved: saving.isSuccess,
    save: (parts: readonly SavePart[]) => saving.mutateAsync(parts).catch(() => undefined),
  };
}
