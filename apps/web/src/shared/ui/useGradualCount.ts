import { startTransition, useEffect, useState } from "react";

/**
 * How many of `total` items to render now: `first` at once, then one more after each paint, until all are shown.
 * A page of heavy cards (figures, steps) then renders in several short tasks rather than one long one that leaves a
 * slow phone unresponsive; each step is a transition, which React renders in small slices.
 */
export function useGradualCount(total: number, first = 1): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const more = () => startTransition(() => setCount((shown) => Math.max(shown, count + 1)));
    // An animation frame runs just before the next paint, so a task queued from it runs once that paint is done. A
    // tab in the background runs no frames: the fallback timer covers it.
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(more, 0);
    });
    const fallback = setTimeout(more, 500);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(fallback);
    };
  }, [count, total]);
  return Math.min(count, total);
}
