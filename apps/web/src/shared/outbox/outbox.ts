import { SessionInputSchema, type SessionInput } from "@unknot/core/diary";
import { saveSession } from "../../api/index.ts";
import { STORAGE_KEYS, storedItem } from "../../storage/browser-storage.ts";
import { sendAnswers } from "./answers-outbox.ts";

/** The waiting sessions; one that no longer reads as a session is left out, without losing the others. */
const outbox = storedItem("local", STORAGE_KEYS.outbox, (value) =>
  Array.isArray(value) ? value.filter((item): item is SessionInput => SessionInputSchema.safeParse(item).success) : undefined,
);

function read(): SessionInput[] {
  return outbox.read() ?? [];
}

function write(sessions: readonly SessionInput[]): void {
  if (sessions.length === 0) outbox.remove();
  else outbox.write([...sessions]);
}

/** Keeps a session that could not be saved (no connection) on this device until the server can be reached. */
export function queueSession(session: SessionInput): void {
  write([...read(), session]);
}

/** How many sessions are waiting on this device. */
export function pendingSessions(): number {
  return read().length;
}

/**
 * Sends the waiting sessions, and the waiting search answers; those the server refuses for a reason other than being
 * unreachable are dropped, since sending them again cannot help. Returns how many sessions were saved.
 */
export async function flushOutbox(): Promise<number> {
  await sendAnswers();
  const waiting = read();
  const left: SessionInput[] = [];
  let saved = 0;
  for (const session of waiting) {
    try {
      await saveSession(session);
      saved++;
    } catch (error) {
      if ((error as { offline?: boolean }).offline) left.push(session);
    }
  }
  write(left);
  return saved;
}
