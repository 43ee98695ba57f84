// The one place that decides where the page scrolls and where focus goes after a change of address. Every navigation
// announces how the page arrives; the shell applies it once the new address has rendered (`usePageArrival`).

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
const POSITIONS_KEY = "unknot.scroll-positions";
/** How long to wait for a lazily loaded page to render the heading or the place to scroll to. */
const WAIT_MS = 5000;

let pending: Arrival | undefined;
let entryCounter = 0;
let shownEntry = "";
let positions: Map<string, number> | undefined;

function savedPositions(): Map<string, number> {
  if (positions) return positions;
  positions = new Map();
  try {
    const saved = JSON.parse(sessionStorage.getItem(POSITIONS_KEY) ?? "{}") as Record<string, unknown>;
    for (const [entry, y] of Object.entries(saved)) if (typeof y === "number") positions.set(entry, y);
  } catch {
    // No storage: places are remembered while the page stays open.
  }
  window.history.scrollRestoration = "manual";
  window.addEventListener("scroll", () => savedPositions().set(shownEntry, window.scrollY), { passive: true });
  window.addEventListener("pagehide", () => {
    try {
      sessionStorage.setItem(POSITIONS_KEY, JSON.stringify(Object.fromEntries([...savedPositions()].slice(-50))));
    } catch {
      // The place is lost on reload, nothing more.
    }
  });
  return positions;
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

/** Remembers where the person is on the page they are leaving. */
export function leaveEntry(): void {
  savedPositions().set(currentEntry(), window.scrollY);
}

/** Records how the next rendered address arrives; a new page or a history step is never weakened by a later replace. */
export function announceArrival(arrival: Arrival): void {
  if (!pending || STRENGTH[arrival.kind] >= STRENGTH[pending.kind]) pending = arrival;
  if (arrival.kind !== "same-page") shownEntry = currentEntry();
}

/** The arrival announced since the last render, or how the page loaded on the first call. */
export function takeArrival(): Arrival {
  const arrival = pending ?? { kind: "load", entry: currentEntry(), hash: decodeURIComponent(window.location.hash.slice(1)) };
  pending = { kind: "same-page" };
  shownEntry = currentEntry();
  savedPositions();
  return arrival;
}

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
      stops.push(restoreScroll(root, savedPositions().get(arrival.entry) ?? 0), focusHeading(root));
      break;
    case "load": {
      const y = savedPositions().get(arrival.entry);
      if (arrival.hash) stops.push(scrollToHash(root, arrival.hash, false));
      else if (y !== undefined) stops.push(restoreScroll(root, y));
      break;
    }
    case "same-page":
      break;
  }
  return () => stops.forEach((stop) => stop());
}
