import { findTriggerPoint } from "../atlas/atlas.ts";
import type { StoredSession, DiarySnapshot } from "../diary/stored.ts";
import { assertRange, inRange, isoWeekStart, type DateRange } from "./period.ts";
import { mean } from "./ratings.ts";

/** The average before → after drop in one ISO week. */
export interface WeeklyDrop {
  /** The Monday starting the week. */
  week: string;
  /** Sessions that week that worked the point. */
  sessions: number;
  /** Mean drop over that week's sessions rated both before and after; null when none were. */
  averageDrop: number | null;
}

/** How pain changed around the sessions that worked one trigger point. */
export interface TriggerPointEffect {
  triggerPoint: string;
  /** The point's name in the atlas, or its id when the atlas no longer has it. */
  name: string;
  /** The muscle's name in the atlas, or undefined when the atlas no longer has the point. */
  muscle: string | undefined;
  sessions: number;
  /** Sessions that had at least one region rated both before and after. */
  ratedSessions: number;
  /** Mean of the per-session drops (positive = less pain after); null when no session was rated both ways. */
  averageDrop: number | null;
  /** Weeks in which the point was worked, in order. */
  weekly: WeeklyDrop[];
}

/**
 * The drop in pain over one session: the mean of before − after over the regions rated both before
 * and after (a region rated twice on one side counts with its last rating). Undefined without such a region.
 */
export function sessionDrop(session: Pick<StoredSession, "painBefore" | "painAfter">): number | undefined {
  const before = new Map(session.painBefore.map((rating) => [rating.region, rating.intensity]));
  const after = new Map(session.painAfter.map((rating) => [rating.region, rating.intensity]));
  const drops: number[] = [];
  for (const [region, intensity] of before) {
    const later = after.get(region);
    if (later !== undefined) drops.push(intensity - later);
  }
  return mean(drops);
}

interface Tally {
  sessions: number;
  drops: number[];
  weeks: Map<string, { sessions: number; drops: number[] }>;
}

/**
 * Per trigger point: how many sessions worked it and the average before → after drop, overall and by
 * ISO week, most-worked first. A session that worked several points credits its drop to each of them:
 * the diary cannot tell which point helped, so this shows association, not which point caused a change.
 * Throws a `RangeError` naming the field when the range is invalid.
 */
export function triggerPointEffects(snapshot: DiarySnapshot, range: Partial<DateRange> = {}): TriggerPointEffect[] {
  assertRange(range);
  const tallies = new Map<string, Tally>();
  for (const session of snapshot.sessions) {
    if (!inRange(session.localDate, range)) continue;
    const drop = sessionDrop(session);
    const week = isoWeekStart(session.localDate);
    for (const pointId of new Set(session.points.map((point) => point.triggerPoint))) {
      const tally: Tally = tallies.get(pointId) ?? { sessions: 0, drops: [], weeks: new Map() };
      const weekly = tally.weeks.get(week) ?? { sessions: 0, drops: [] };
      tally.sessions += 1;
      weekly.sessions += 1;
      if (drop !== undefined) {
        tally.drops.push(drop);
        weekly.drops.push(drop);
      }
      tally.weeks.set(week, weekly);
      tallies.set(pointId, tally);
    }
  }
  return [...tallies.entries()].map(([pointId, tally]) => toEffect(pointId, tally)).sort(byUseThenDrop);
}

function toEffect(pointId: string, tally: Tally): TriggerPointEffect {
  const atlas = findTriggerPoint(pointId);
  return {
    triggerPoint: pointId,
    name: atlas?.point.name ?? pointId,
    muscle: atlas?.muscle.name,
    sessions: tally.sessions,
    ratedSessions: tally.drops.length,
    averageDrop: mean(tally.drops) ?? null,
    weekly: [...tally.weeks.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([week, { sessions, drops }]) => ({ week, sessions, averageDrop: mean(drops) ?? null })),
  };
}

function byUseThenDrop(a: TriggerPointEffect, b: TriggerPointEffect): number {
  if (a.sessions !== b.sessions) return b.sessions - a.sessions;
  const dropA = a.averageDrop ?? Number.NEGATIVE_INFINITY;
  const dropB = b.averageDrop ?? Number.NEGATIVE_INFINITY;
  if (dropA !== dropB) return dropB - dropA;
  return a.triggerPoint < b.triggerPoint ? -1 : a.triggerPoint > b.triggerPoint ? 1 : 0;
}
