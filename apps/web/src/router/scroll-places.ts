// Where the person was on each history entry, so back, forward and a reload return there. The browser's own
// restoration is turned off: it runs before a lazily loaded page has rendered, so it lands short.

import { isRecord, STORAGE_KEYS, storedItem } from "../storage/browser-storage.ts";

/** The places kept for this tab: entry key → scroll position; anything else stored there is ignored. */
const keptPlaces = storedItem("session", STORAGE_KEYS.scrollPlaces, (value) => (isRecord(value) ? value : undefined));
/** Enough entries for any back-and-forth; older ones are dropped when the page is left. */
const KEPT_PLACES = 50;

let entryCounter = 0;
let shownEntry = "";
let places: Map<string, number> | undefined;

function savedPlaces(): Map<string, number> {
  if (places) return places;
  places = new Map();
  // Without storage, places are remembered while the page stays open.
  for (const [entry, y] of Object.entries(keptPlaces.read() ?? {})) if (typeof y === "number") places.set(entry, y);
  window.history.scrollRestoration = "manual";
  window.addEventListener("scroll", () => savedPlaces().set(shownEntry, window.scrollY), { passive: true });
  window.addEventListener("pagehide", () => keptPlaces.write(Object.fromEntries([...savedPlaces()].slice(-KEPT_PLACES))));
  return places;
}

/** The key of the current history entry, given to it the first time it is asked for (it survives a reload). */
export function currentEntry(): string {
  const state: unknown = window.history.state;
  const kept = state && typeof state === "object" && "entry" in state ? state.entry : undefined;
  if (typeof kept === "string") return kept;
  const entry = `${Date.now().toString(36)}-${(entryCounter++).toString(36)}`;
  window.history.replaceState({ ...(state && typeof state === "object" ? state : {}), entry }, "");
  return entry;
}

/** Remembers where the person is on the entry they are leaving. */
export function rememberPlace(): void {
  savedPlaces().set(currentEntry(), window.scrollY);
}

/** From now on, scrolling is remembered for the current entry (called as soon as the address changes). */
export function followCurrentEntry(): void {
  savedPlaces();
  shownEntry = currentEntry();
}

/** Where the person was on an entry, if known. */
export function placeOf(entry: string): number | undefined {
  return savedPlaces().get(entry);
}
