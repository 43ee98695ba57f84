// The one place that decides where the page scrolls and where focus goes after a change of address. Every navigation
// announces how the page arrives; the shell applies it once the new address has rendered (`usePageArrival`).
import { currentEntry, followCurrentEntry } from "./scroll-places.ts";

/** How a page arrives after a change of address. */
export type Arrival =
  /** A new page, even on the same path (questions → results): its top, or the `#hash` target, with focus on it. */
  | { kind: "new-page"; hash: string }
  /** Back or forward: the place the person left that entry, with focus on the page's heading. */
  | { kind: "history"; entry: string }
  /** The page just loaded (a reload, or a link from elsewhere): its `#hash` or the remembered place; focus stays put. */
  | { kind: "load"; entry: string; hash: string }
  /** State of the page being shown changed (a filter, a mark, an answer): the person keeps their place and focus. */
  | { kind: "same-page" };

const STRENGTH: Record<Arrival["kind"], number> = { "same-page": 0, load: 1, history: 2, "new-page": 2 };

let pending: Arrival | undefined;

/** Records how the next rendered address arrives; a new page or a history step is never weakened by a later replace. */
export function announceArrival(arrival: Arrival): void {
  if (!pending || STRENGTH[arrival.kind] >= STRENGTH[pending.kind]) pending = arrival;
  if (arrival.kind !== "same-page") followCurrentEntry();
}

/** The arrival announced since the last render, or how the page loaded on the first call. */
export function takeArrival(): Arrival {
  const arrival = pending ?? { kind: "load", entry: currentEntry(), hash: decodeURIComponent(window.location.hash.slice(1)) };
  pending = { kind: "same-page" };
  followCurrentEntry();
  return arrival;
}
