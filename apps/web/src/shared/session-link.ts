import type { SessionQuery } from "./session-query.ts";

/** Writes `?points=trapezius-upper-1:left,…&pain=temple-left:7,…`. */
export function sessionQueryString(query: SessionQuery): string {
  const points = query.points.map((p) => `${p.triggerPoint}:${p.side}`).join(",");
  const pain = query.pain.map((m) => `${m.region}:${m.intensity}`).join(",");
  return `?points=${encodeURIComponent(points).replace(/%3A/gi, ":").replace(/%2C/gi, ",")}${pain ? `&pain=${pain}` : ""}`;
}
