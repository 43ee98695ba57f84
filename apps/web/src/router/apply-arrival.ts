// Carries out an arrival on the rendered page: scroll, then focus, waiting for a lazily loaded page if need be.
import type { Arrival } from "./arrival.ts";
import { placeOf } from "./scroll-places.ts";

/** How long to wait for a lazily loaded page to render the heading or the place to scroll to. */
const WAIT_MS = 5000;

/** Calls `found` with the first match of `find` now or as the page renders it; gives up after WAIT_MS. */
function whenRendered<T>(root: HTMLElement, find: () => T | undefined, found: (match: T) => void): () => void {
  const now = find();
  if (now !== undefined) {
    found(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const match = find();
    if (match === undefined) return;
    stop();
    found(match);
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}

/** Focuses an element that is not a control (a heading, a section) without scrolling to it. */
function focusQuietly(element: HTMLElement): void {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}

/** Focus is free to move when nothing on the new page has taken it yet (the emergency screen takes it itself). */
function focusIsFree(root: HTMLElement, before: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === root || active === before || !active.isConnected;
}

/**
 * Whether an element is shown. While a lazily loaded page is on its way, React keeps the previous page in the document,
 * hidden, next to the "Loading…" note: its heading is not the one to focus.
 */
function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

function focusHeading(root: HTMLElement): () => void {
  const before = document.activeElement;
  if (focusIsFree(root, before)) focusQuietly(root);
  return whenRendered(
    root,
    () => [...root.querySelectorAll<HTMLElement>("h1")].find(isShown),
    (heading) => {
      if (focusIsFree(root, before)) focusQuietly(heading);
    },
  );
}

function scrollToHash(root: HTMLElement, hash: string, focus: boolean): () => void {
  return whenRendered(
    root,
    () => {
      const target = document.getElementById(hash);
      return target && isShown(target) ? target : undefined;
    },
    (target) => {
      target.scrollIntoView({ block: "start" });
      if (focus) focusQuietly(target);
    },
  );
}

const PERSON_SCROLLS = ["wheel", "touchstart", "keydown"] as const;

/**
 * Scrolls to `y` as soon as the page is tall enough to get there (a lazily loaded page grows after it renders); stops
 * trying as soon as the person scrolls or types themselves.
 */
function restoreScroll(root: HTMLElement, y: number): () => void {
  const reached = () => {
    window.scrollTo(0, y);
    return Math.abs(window.scrollY - y) <= 1 ? true : undefined;
  };
  const stopWaiting = whenRendered(root, reached, () => undefined);
  const stop = () => {
    stopWaiting();
    for (const type of PERSON_SCROLLS) window.removeEventListener(type, stop);
  };
  for (const type of PERSON_SCROLLS) window.addEventListener(type, stop, { passive: true });
  return stop;
}

/** Applies an arrival to the page rendered in `root`; returns what cancels the waiting if the address changes again. */
export function applyArrival(root: HTMLElement, arrival: Arrival): () => void {
  const stops: (() => void)[] = [];
  switch (arrival.kind) {
    case "new-page":
      if (arrival.hash) stops.push(scrollToHash(root, arrival.hash, true));
      else {
        window.scrollTo(0, 0);
        stops.push(focusHeading(root));
      }
      break;
    case "history":
      stops.push(restoreScroll(root, placeOf(arrival.entry) ?? 0), focusHeading(root));
      break;
    case "load": {
      const y = placeOf(arrival.entry);
      if (arrival.hash) stops.push(scrollToHash(root, arrival.hash, false));
      else if (y !== undefined) stops.push(restoreScroll(root, y));
      break;
    }
    case "same-page":
      break;
  }
  return () => stops.forEach((stop) => stop());
}
