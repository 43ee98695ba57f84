import { useEffect } from "react";

/** Scrolls to the element named by the address's `#hash` once the page has rendered it (links from results use it). */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!ready || !id) return;
    document.getElementById(decodeURIComponent(id))?.scrollIntoView({ block: "start" });
  }, [ready]);
}
