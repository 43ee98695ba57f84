import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { applyArrival } from "./apply-arrival.ts";
import { takeArrival } from "./arrival.ts";
import type { AppLocation } from "./router.ts";

/**
 * Applies how the page arrives (scroll and focus) each time the address changes, before the browser paints it, so
 * the new page never flashes at the old scroll position. A change of the page's own state (a replaced address) leaves
 * the last arrival to finish: a lazily loaded page may still be on its way to its heading.
 */
export function usePageArrival(main: RefObject<HTMLElement | null>, location: AppLocation): void {
  const stopWaiting = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    const root = main.current;
    const arrival = takeArrival();
    if (!root || arrival.kind === "same-page") return;
    stopWaiting.current();
    stopWaiting.current = applyArrival(root, arrival);
  }, [main, location]);
  useEffect(() => () => stopWaiting.current(), []);
}
