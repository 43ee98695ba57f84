import { useMutation } from "@tanstack/react-query";
import type { SessionInput } from "@unknot/core/diary";
import { ApiError, saveSession, messageOf } from "../api/index.ts";
import { invalidateDiary } from "./query-client.ts";
import { queueSession } from "./outbox/outbox.ts";

/** Where saving a session got to: sent to the diary, kept on this device until online, or refused. */
export type SaveOutcome = "saved" | "queued" | "failed";

/** Sends a session; without a connection it goes to the outbox, which sends it when the connection is back. */
async function sendOrQueue(session: SessionInput): Promise<Exclude<SaveOutcome, "failed">> {
  try {
    await saveSession(session);
    return "saved";
  } catch (failure) {
    if (!(failure instanceof ApiError && failure.offline)) throw failure;
    queueSession(session);
    return "queued";
  }
}

/** Saves sessions to the diary; without a connection they wait on this device (the outbox) and are sent later. */
export function useDiarySave() {
  const saving = useMutation({
    mutationFn: sendOrQueue,
    // History, progress and the report read the diary: a saved session must show there on the next visit.
    onSuccess: (outcome) => (outcome === "saved" ? invalidateDiary() : undefined),
  });
  const save = (session: SessionInput): Promise<SaveOutcome> => saving.mutateAsync(session).catch((): SaveOutcome => "failed");
  const outcome: SaveOutcome | undefined = saving.isError ? "failed" : saving.data;
  return { save, saving: saving.isPending, outcome, error: saving.error ? messageOf(saving.error) : undefined };
}
