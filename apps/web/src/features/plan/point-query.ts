import { findTriggerPoint } from "@unknot/core/atlas";

/**
 * Reads `?points=trapezius-upper-1,levator-scapulae-1` (a side after a colon, as `/session` writes it, is accepted and
 * ignored); unknown ids are left out with a note.
 */
export function readPointQuery(raw: string | null): { points: string[]; problems: string[] } {
  const points: string[] = [];
  const problems: string[] = [];
  for (const item of (raw ?? "").split(",").filter(Boolean)) {
    const [id = ""] = item.split(":");
    if (!findTriggerPoint(id)) problems.push(`"${id}" is not a trigger point in the atlas, so it was left out.`);
    else if (!points.includes(id)) points.push(id);
  }
  return { points, problems };
}

/** Writes the points back as `?points=a,b`, or nothing when there are none. */
export function pointQueryString(points: readonly string[]): string {
  return points.length ? `?points=${points.join(",")}` : "";
}
