/** Fill colours for pain 0–10: pale sand for "marked, no pain now" to deep red for the worst pain. */
const SCALE = [
  "#f6e7c8",
  "#f8d9a0",
  "#f7c97f",
  "#f5b562",
  "#f2a04d",
  "#ec8a3d",
  "#e07232",
  "#d1592a",
  "#bf4124",
  "#a92d20",
  "#8f1d1b",
] as const;

/** The fill colour of a region marked with `intensity` (rounded and clamped to 0–10). */
export function intensityColour(intensity: number): string {
  const index = Math.min(10, Math.max(0, Math.round(intensity)));
  return SCALE[index] ?? SCALE[5];
}

/** Plain words for an intensity, for screen readers and for the list beside the map. */
export function intensityWords(intensity: number): string {
  const level = Math.round(intensity);
  if (level === 0) return "marked, no pain right now";
  const band = level <= 3 ? "mild" : level <= 6 ? "moderate" : "severe";
  return `${band} pain, ${level} out of 10`;
}

/** The next intensity when a marked region is tapped again: up in steps of 2 to 10, then unmarked (`undefined`). */
export function nextTapIntensity(current: number | undefined, first: number): number | undefined {
  if (current === undefined) return first;
  if (current >= 10) return undefined;
  return Math.min(10, current + 2);
}
