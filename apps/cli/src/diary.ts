import type * as Storage from "@unknot/storage";
import type { Store } from "@unknot/storage";
import { readStorageEnv } from "./env.ts";

/** The storage module, loaded only by the commands that need the diary, so `unknot find` starts fast. */
export type StorageModule = typeof Storage;

/** Opens the diary the server uses (same data directory or PostgreSQL URL), ready for use, and closes it after `work`. */
export async function withDiary<T>(work: (store: Store, owner: string, storage: StorageModule) => Promise<T>): Promise<T> {
  const storage = await import("@unknot/storage");
  const store = storage.openStore(readStorageEnv());
  try {
    await storage.prepareStore(store, new Date().toISOString());
    return await work(store, storage.DEFAULT_OWNER, storage);
  } finally {
    await store.db.destroy();
  }
}

/** The current time as an ISO instant with this computer's UTC offset, so the local date is the person's own. */
export function localInstant(date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
