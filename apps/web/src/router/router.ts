import { useMemo, useSyncExternalStore } from "react";
import { announceArrival } from "./arrival.ts";
import { currentEntry, rememberPlace } from "./scroll-places.ts";

/** Where the app is: the path and the parsed query of the current history entry. */
export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** The address (path and query) the app moved to last: a step that only changes the `#hash` is the browser's to scroll. */
let lastHref: string | undefined;

function onPopState(): void {
  if (currentHref() === lastHref) return;
  lastHref = currentHref();
  announceArrival({ kind: "history", entry: currentEntry() });
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("popstate", onPopState);
  lastHref ??= currentHref();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

/** The current location; re-renders the caller on every navigation, including the browser's back and forward. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref, () => "/");
  return useMemo(() => {
    const url = new URL(href, "http://local");
    return { path: url.pathname.replace(/\/+$/, "") || "/", query: url.searchParams };
  }, [href]);
}

/** Options of `navigate`. */
export interface NavigateOptions {
  /**
   * Replace the current history entry instead of adding one: for state of the page being shown (a filter, a mark on
   * the drawing, a press-test answer), which keeps the person's place and focus. Without it the address is a new page,
   * even on the same path (questions → results), and opens at its top with focus on its heading.
   */
  replace?: boolean;
}

/** Moves to `to` (a path with an optional query and hash) without reloading the page. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  if (url.pathname + url.search + url.hash === currentHref() + window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, "", to);
    announceArrival({ kind: "same-page" });
  } else {
    rememberPlace();
    window.history.pushState(null, "", to);
    announceArrival({ kind: "new-page", hash: decodeURIComponent(url.hash.slice(1)) });
  }
  lastHref = currentHref();
  notify();
}
