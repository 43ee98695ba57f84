// The kinds of search parameter the app's addresses use: comma-separated lists of items, single values, bounded
// numbers and a word that is either there or not. An item's reader says what a usable item is, or leaves it out with a note.
import type { SearchParam } from "./search.ts";

/** Reads one list item from its text, or returns `leaveOut(note)` to drop it with a note saying why. */
export type ItemReader<T> = (text: string, leaveOut: (note: string) => undefined) => T | undefined;

/** How a list reads, keys and writes its items. */
export interface ListOptions<T> {
  read: ItemReader<T>;
  /** The item's text in the address; the item itself by default. */
  write?: (item: T) => string;
  /** Items with the same key are one item: the first one written stays, or the last with `keepLast`. */
  key?: (item: T) => string;
  keepLast?: boolean;
  /** Write the parameter even when the list is empty. */
  keepEmpty?: boolean;
}

function readList<T>(raw: string | null, problems: string[], options: ListOptions<T>): T[] {
  const { read, key = String, keepLast = false } = options;
  const leaveOut = (note: string) => void problems.push(note);
  const items = new Map<string, T>();
  for (const text of (raw ?? "").split(",")) {
    const item = text.trim() === "" ? undefined : read(text.trim(), leaveOut);
    if (item !== undefined && (keepLast || !items.has(key(item)))) items.set(key(item), item);
  }
  return [...items.values()];
}

function writeList<T>(items: readonly T[], write: (item: T) => string = String): string {
  return items.map(write).join(",");
}

/** `a,b,c`: absent or empty reads as no items. */
export function listParam<T>(options: ListOptions<T>): SearchParam<T[]> {
  return {
    read: (raw, problems) => readList(raw, problems, options),
    write: (items) => writeList(items, options.write),
    keepEmpty: options.keepEmpty ?? false,
  };
}

/** Like `listParam`, but an absent parameter reads as `undefined`, and an empty list is written (`flags=`). */
export function presenceListParam<T>(options: ListOptions<T>): SearchParam<T[] | undefined> {
  return {
    read: (raw, problems) => (raw === null ? undefined : readList(raw, problems, options)),
    write: (items) => items && writeList(items, options.write),
    keepEmpty: true,
  };
}

/** One value, taken as written (no trimming: it may be text being typed); absent or empty reads as `undefined`. */
export function valueParam<T extends string>(read: ItemReader<T>): SearchParam<T | undefined> {
  return {
    read: (raw, problems) => (raw === null || raw === "" ? undefined : read(raw, (note) => void problems.push(note))),
    write: (value) => value,
  };
}

/** A number from 0 to `max`; absent or blank reads as `undefined`. */
export function numberParam(max: number, what: string): SearchParam<number | undefined> {
  return {
    read: (raw, problems) => {
      if (raw === null || raw.trim() === "") return undefined;
      const number = Number(raw);
      if (Number.isFinite(number) && number >= 0 && number <= max) return number;
      problems.push(`The ${what} must be a number from 0 to ${max}, so it was left out.`);
      return undefined;
    },
    write: (value) => value?.toString(),
  };
}

/** `name=word`: present or not; any other text is ignored. */
export function wordParam<W extends string>(word: W): SearchParam<W | undefined> {
  return {
    read: (raw) => (raw === word ? word : undefined),
    write: (value) => value,
  };
}
