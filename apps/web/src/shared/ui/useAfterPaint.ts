import { useEffect, useState } from "react";

/**
 * False until the browser has painted the component's first render, then true. Lets a page paint what matters first
 * (the results' safety verdict) before it starts downloading and rendering the rest, which on a slow connection would
 * otherwise share the bandwidth with, and so delay, the code for that first paint.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    // An animation frame runs just before the next paint, so a task queued from it runs once that paint is done. A
    // tab in the background runs no frames: the fallback timer covers it.
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(() => setPainted(true), 0);
    });
    const fallback = setTimeout(() => setPainted(true), 500);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(fallback);
    };
  }, [painted]);
  return painted;
}
