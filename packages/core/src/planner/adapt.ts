import { z } from "zod";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { InstantSchema, localDateOf } from "../diary/records.ts";
import type { DiarySnapshot, StoredPressTest, StoredSession } from "../diary/stored.ts";
import { parsePlannerInput } from "./planner-error.ts";

/** What the next routine does with a point: keep it, work it briefly, or stop and re-check. */
export type AdaptAction = "continue" | "taper" | "recheck";

/** The diary's verdict on one point, with the numbers behind it. */
export interface PointAdaptation {
  triggerPoint: string;
  action: AdaptAction;
  reason: string;
  /** Sessions up to `now` that worked the point. */
  sessions: number;
  /** Mean before − after pain over those sessions rated both ways (positive = less pain after); null when none were. */
  averageDrop: number | null;
}

/**
 * A fair trial before a point counts as not helping: this many sessions over at least this many
 * days, with the mean drop still below `minDrop` points.
 */
export const FAIR_TRIAL = { sessions: 6, days: 14, minDrop: 1 } as const;

const AdaptInputSchema = z.strictObject({
  pointIds: z
    .array(z.string().refine((id) => findTriggerPoint(id) !== undefined, { error: (i) => `unknown trigger point "${String(i.input)}"` }))
    .max(200),
  now: InstantSchema,
});

/**
 * Decides per point how the next routine treats it, from the diary up to `now`:
 * the latest press test found nothing → taper if pressing it once brought on the pain, re-check if it
 * never did (it may not be the source); pain higher after sessions → re-check; the
 * before/after drop levelled off after helping → taper; a fair trial with little drop → re-check
 * with the finder or see a clinician; otherwise continue. A session that worked several points
 * credits its drop to each of them, so this is association, not proof that a point helped.
 * Throws a `PlannerInputError` naming the field for bad input.
 */
export function adaptPlan(pointIds: readonly string[], snapshot: DiarySnapshot, now: string): PointAdaptation[] {
  parsePlannerInput(AdaptInputSchema, { pointIds, now });
  const cutoff = Date.parse(now);
  const sessions = snapshot.sessions
    .filter((s) => Date.parse(s.startedAt) <= cutoff)
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const pressTests = snapshot.pressTests.filter((p) => Date.parse(p.recordedAt) <= cutoff);
  return [...new Set(pointIds)].map((id) => {
    const worked = sessions.filter((s) => s.points.some((p) => p.triggerPoint === id));
    const drops = worked.map(sessionDrop).filter((d): d is number => d !== undefined);
    const averageDrop = drops.length > 0 ? round1(mean(drops)) : null;
    const verdict = pressVerdict(pressTests.filter((p) => p.triggerPoint === id)) ?? decide(worked, drops, averageDrop);
    return { triggerPoint: id, ...verdict, sessions: worked.length, averageDrop };
  });
}

type Verdict = Pick<PointAdaptation, "action" | "reason">;

/**
 * The verdict of a point's press tests when the latest found nothing: a point that once brought on
 * the pain has gone quiet (taper), one that never did may not be the source (re-check).
 */
function pressVerdict(tests: readonly StoredPressTest[]): Verdict | undefined {
  const latest = tests.reduce<StoredPressTest | undefined>(
    (last, p) => (!last || Date.parse(p.recordedAt) >= Date.parse(last.recordedAt) ? p : last),
    undefined,
  );
  if (latest?.result !== "nothing") return undefined;
  const when = localDateOf(latest.recordedAt);
  if (tests.some((p) => p.result === "reproduces"))
    return {
      action: "taper",
      reason: `When you last pressed it (${when}) it no longer brought on your pain: work it briefly every other day, and drop it once it has stayed quiet for a week.`,
    };
  return {
    action: "recheck",
    reason: `Pressing it (${when}) did not bring on your pain, and no press test of it ever has: it may not be the source. Leave it out, and press another likely point with the finder.`,
  };
}

function decide(worked: StoredSession[], drops: number[], averageDrop: number | null): Verdict {
  if (drops.length >= 3 && averageDrop !== null && averageDrop <= -0.5)
    return {
      action: "recheck",
      reason: `Your pain has been higher after sessions than before (by ${Math.abs(averageDrop)} points on average): leave this point out, re-check with the finder, and see a clinician if the pain persists.`,
    };
  const levelled = levelledOff(drops, worked);
  if (levelled) return { action: "taper", reason: levelled };
  const days = worked.length > 0 ? spanDays(worked) : 0;
  if (worked.length >= FAIR_TRIAL.sessions && days >= FAIR_TRIAL.days && (averageDrop ?? 0) < FAIR_TRIAL.minDrop)
    return {
      action: "recheck",
      reason: `After ${worked.length} sessions over ${days} days your pain hardly changes around this point (${describeDrop(averageDrop)}): it may not be the source. Re-check with the finder or see a clinician.`,
    };
  if (worked.length < FAIR_TRIAL.sessions)
    return {
      action: "continue",
      reason: `${worked.length} of ${FAIR_TRIAL.sessions} sessions so far: too early to judge, so keep it in the routine and keep rating your pain before and after.`,
    };
  return { action: "continue", reason: `Your pain still eases after sessions (${describeDrop(averageDrop)}), so keep it in the routine.` };
}

/** A reason to taper when the drop has faded after helping, or when little pain is left before sessions. */
function levelledOff(drops: number[], worked: StoredSession[]): string | undefined {
  const recentBefore = worked.slice(-3).map((s) => mean(s.painBefore.map((r) => r.intensity)));
  if (worked.length >= 3 && recentBefore.every((v) => Number.isFinite(v)) && mean(recentBefore) <= 1.5)
    return `Little pain is left before sessions (about ${round1(mean(recentBefore))} out of 10 in the last three): work it briefly and less often.`;
  if (drops.length < 5) return undefined;
  const early = mean(drops.slice(0, -3));
  const recent = mean(drops.slice(-3));
  if (early >= 1 && recent < early / 2)
    return `The relief has levelled off: pain dropped by about ${round1(early)} points after early sessions and ${round1(recent)} in the last three. Work it briefly and less often.`;
  return undefined;
}

// The mean before − after pain of one session over regions rated both ways, or undefined.
function sessionDrop(session: Pick<StoredSession, "painBefore" | "painAfter">): number | undefined {
  const after = new Map(session.painAfter.map((r) => [r.region, r.intensity]));
  const drops = session.painBefore.flatMap((r) => {
    const later = after.get(r.region);
    return later === undefined ? [] : [r.intensity - later];
  });
  return drops.length > 0 ? mean(drops) : undefined;
}

function spanDays(worked: StoredSession[]): number {
  const day = (s: StoredSession) => Date.parse(`${localDateOf(s.startedAt)}T00:00:00Z`) / 86_400_000;
  const first = worked[0];
  const last = worked[worked.length - 1];
  return first && last ? day(last) - day(first) + 1 : 0;
}

function describeDrop(drop: number | null): string {
  return drop === null ? "no before-and-after ratings yet" : `an average drop of ${drop} points`;
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
