import { useMemo, useSyncExternalStore } from "react";

/** Where the app is: the path and the parsed query of the current history entry. */
export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
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
  /** Replace the current history entry instead of adding one (for state that is not a new page). */
  replace?: boolean;
}

/** Moves to `to` (a path with an optional query) without reloading the page. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === currentHref()) return;
  const samePath = new URL(to, window.location.href).pathname === window.location.pathname;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  if (!options.replace && !samePath) window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}
