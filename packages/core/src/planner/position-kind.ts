/** The body positions a technique can ask for, each drawn as a small pictogram. */
export type PositionKind = "face-up" | "face-down" | "side" | "all-fours" | "sitting" | "standing-wall" | "standing" | "neutral";

/** How each position is named, e.g. as the pictogram's accessible name. */
export const POSITION_LABELS: Record<PositionKind, string> = {
  "face-up": "Lying on your back",
  "face-down": "Lying face down",
  side: "Lying on your side",
  "all-fours": "Kneeling on all fours",
  sitting: "Sitting",
  "standing-wall": "Standing against a wall",
  standing: "Standing",
  neutral: "Any comfortable position",
};

// "Face down on all fours" is on all fours; otherwise the posture named first in the option wins,
// so "standing with your back to a wall, knees bent as if to sit" is standing.
const ALL_FOURS = /\b(all fours|kneel|kneeling)\b/i;
const POSTURES: readonly [Exclude<PositionKind, "all-fours" | "standing-wall" | "neutral">, RegExp][] = [
  ["face-down", /\b(face down|prone|on your (?:front|stomach|belly))\b/i],
  ["side", /\b(side-lying|(?:lie|lying) on (?:your|the|one) side|(?:lie|lying) on the side you are treating)\b/i],
  ["face-up", /\b(face up|supine|(?:lie|lying) on your back)\b/i],
  ["sitting", /\b(sit|sitting|seated)\b/i],
  ["standing", /\b(stand|standing)\b/i],
];
const WALL = /\b(wall|door frame|doorway)\b/i;

/**
 * The position a technique's position text asks for. Where the text offers a choice ("Lying on your
 * back or standing against a wall"), the first option is the one drawn; text that names no position
 * gets the neutral pictogram.
 */
export function classifyPosition(position: string): PositionKind {
  const first = position.split(/,? or /i)[0] ?? "";
  if (ALL_FOURS.test(first)) return "all-fours";
  const found = firstNamed(first);
  if (!found) return "neutral";
  // The wall belongs to the first option's own clause: "Standing with your back to a wall, the ball …".
  return found === "standing" && WALL.test(first) ? "standing-wall" : found;
}

function firstNamed(text: string): (typeof POSTURES)[number][0] | undefined {
  let best: { kind: (typeof POSTURES)[number][0]; at: number } | undefined;
  for (const [kind, pattern] of POSTURES) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind;
}
