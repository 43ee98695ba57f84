import { useState } from "react";
import type { SessionInput } from "@unknot/core";
import { ApiError, saveSession, messageOf } from "../../api/index.ts";
import { queueSession } from "./outbox.ts";

/** Where saving a session got to: sent to the diary, kept on this device until online, or refused. */
export type SaveOutcome = "saved" | "queued" | "failed";

/** Saves sessions to the diary; without a connection they wait on this device (the outbox) and are sent later. */
export function useDiarySave() {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const save = async (session: SessionInput): Promise<SaveOutcome> => {
    setSaving(true);
    setError(undefined);
    let result: SaveOutcome;
    try {
      await saveSession(session);
      result = "saved";
    } catch (failure) {
      if (failure instanceof ApiError && failure.offline) {
        queueSession(session);
        result = "queued";
      } else {
        setError(messageOf(failure));
        result = "failed";
      }
    } finally {
      setSaving(false);
    }
    setOutcome(result);
    return result;
  };
  return { save, saving, outcome, error };
}
