// How pages move around the app: `useLocation`, `navigate` and `Link` over React Router. Every navigation also tells
// the arrival (`arrival.ts`) how the address was reached, so one place decides scroll and focus.
import { useLayoutEffect, useMemo } from "react";
import { useLocation as useRouterLocation, useNavigate, type NavigateFunction } from "react-router";
import { announceArrival } from "./arrival.ts";
import { currentEntry, rememberPlace } from "./scroll-places.ts";

/** Where the app is: the path and the parsed query of the current history entry. */
export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

/** The current location; re-renders the caller on every navigation, including the browser's back and forward. */
export function useLocation(): AppLocation {
  const { pathname, search } = useRouterLocation();
  return useMemo(() => ({ path: pathname.replace(/\/+$/, "") || "/", query: new URLSearchParams(search) }), [pathname, search]);
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

let routerNavigate: NavigateFunction | undefined;

/** The address (path and query) the app moved to last: a step that only changes the `#hash` is the browser's to scroll. */
let lastHref: string | undefined;

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

function onPopState(): void {
  if (currentHref() === lastHref) return;
  lastHref = currentHref();
  announceArrival({ kind: "history", entry: currentEntry() });
}

/** Lets `navigate` (called from event handlers and timers, outside render) reach the router; mounted once by the shell. */
export function useNavigationBridge(): void {
  const next = useNavigate();
  // A layout effect, so it is in place before any page's own effects run (a page may navigate as it mounts).
  useLayoutEffect(() => {
    routerNavigate = next;
  }, [next]);
}

/**
 * Listens for the browser's back and forward. Called before the app renders: this listener must run before the
 * router's own, which re-renders the page at once (the arrival has to be announced by then).
 */
export function followHistorySteps(): void {
  lastHref = currentHref();
  window.addEventListener("popstate", onPopState);
}

/** Moves to `to` (a path with an optional query and hash) without reloading the page. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  if (url.pathname + url.search + url.hash === currentHref() + window.location.hash) return;
  if (!routerNavigate) {
    window.location.assign(to);
    return;
  }
  if (!options.replace) rememberPlace();
  // React Router writes the history entry synchronously; the arrival is announced for the entry it wrote.
  void routerNavigate(to, { replace: options.replace ?? false });
  announceArrival(options.replace ? { kind: "same-page" } : { kind: "new-page", hash: decodeURIComponent(url.hash.slice(1)) });
  lastHref = currentHref();
}
