import { z } from "zod";
import { ATLAS_POINTS, findTriggerPoint, referralsTo } from "../atlas/atlas.ts";
import type { RoutineStep } from "../diary/records.ts";
import type { AnatomicalRegion, RegionId } from "../vocabulary/ids.ts";
import { anatomicalRegionOf, isRegionId, mirrorRegion, regionRecord, sideOf } from "../vocabulary/vocabulary.ts";
import { ACTIVITIES, ACTIVITY_IDS, type Activity, type ActivityId } from "./activities.ts";
import { areaLabel } from "./areas.ts";
import { assembleRoutine, pointCap, type AssembleSettings, type BuiltRoutine } from "./build-routine.ts";
import { parsePlannerInput } from "./planner-error.ts";
import { PreferencesSchema, type Preferences } from "./preferences.ts";

const regionId = z.string().refine(isRegionId, { error: (issue) => `unknown region "${String(issue.input)}"` });
const FeedbackSchema = z.enum(["better", "same", "worse"], { error: 'must be "better", "same" or "worse"' });

/** How one area of the body feels before training. */
export const FeelingSchema = z.strictObject({
  region: regionId,
  feeling: z.enum(["stiff", "sore", "fine"], { error: 'must be "stiff", "sore" or "fine"' }),
});
/** One area and how it feels. */
export type Feeling = z.infer<typeof FeelingSchema>;

/** What to build a workout routine from; `previous` is how the last one went. */
export const WorkoutRequestSchema = z.strictObject({
  activity: z.enum(ACTIVITY_IDS, { error: (issue) => `unknown activity "${String(issue.input)}" (one of ${ACTIVITY_IDS.join(", ")})` }),
  phase: z.enum(["pre", "post"], { error: 'must be "pre" or "post"' }),
  feelings: z.array(FeelingSchema).max(200).default([]),
  prefs: PreferencesSchema.prefault({}),
  previous: z
    .strictObject({
      /** How the muscles felt right after the last routine, compared with before it. */
      afterRating: FeedbackSchema.optional(),
      /** How they felt the next day. */
      nextDayCheckIn: FeedbackSchema.optional(),
    })
    .optional(),
});
/** A workout routine request as a caller gives it. */
export type WorkoutRequest = z.input<typeof WorkoutRequestSchema>;

/** A workout routine: the routine, the points left out, its length, and what it was built for. */
export interface WorkoutRoutine extends BuiltRoutine {
  activity: ActivityId;
  phase: "pre" | "post";
}

/** The longest pre-workout routine, in minutes: it should warm you up, not tire you. */
export const PRE_WORKOUT_MINUTES = 5;

/**
 * Builds a routine around training. Before (`pre`): at most five minutes and three points, light
 * strokes only, no deep points before explosive effort, ending with a movement like the training.
 * After (`post`): a recovery routine over the sore and trained muscles' key points, holds allowed,
 * a stretch per muscle. Feedback on the previous routine makes this one lighter and shorter when
 * the muscles felt worse. Throws a `PlannerInputError` naming the field for bad input.
 */
export function buildWorkoutRoutine(request: WorkoutRequest): WorkoutRoutine {
  const req = parsePlannerInput(WorkoutRequestSchema, request);
  const activity: Activity = ACTIVITIES[req.activity];
  const feedback = feedbackEffect(req.previous);
  const light = req.prefs.painSensitivity === "high" || feedback.light;
  const { ids, because } = targetPoints(activity, req.feelings, req.phase);
  const notes = [feedback.note, bothSidesNote(req.feelings), sorenessNote(req.feelings, req.phase), EVIDENCE[req.phase]].filter(
    (n): n is string => Boolean(n),
  );
  const settings =
    req.phase === "pre"
      ? preSettings(activity, req.prefs, light, feedback.fewer)
      : postSettings(activity, req.prefs, light, feedback.fewer);
  const built = assembleRoutine(ids, req.prefs, { ...settings, because, notes });
  return { ...built, activity: req.activity, phase: req.phase };
}

type PhaseSettings = Omit<AssembleSettings, "because" | "notes">;

function preSettings(activity: Activity, prefs: Preferences, light: boolean, fewer: boolean): PhaseSettings {
  const minutes = Math.min(prefs.minutesAvailable, PRE_WORKOUT_MINUTES);
  const finish: RoutineStep = {
    kind: "movement",
    dose: { kind: "hold", seconds: 45 },
    instructions: activity.warmUpMovement,
    reason:
      "Moving the way you are about to train prepares the muscles better than pressure does; slow static stretches are kept for after training.",
  };
  return {
    name: `Before ${activity.inWords}`,
    style: { dose: "pre-workout", light },
    maxPoints: fewer ? 2 : 3,
    capReason: "the routine before training stays short so you start fresh",
    maxSeconds: minutes * 60,
    minutesAvailable: minutes,
    ceiling: Math.min(prefs.painCeiling, 4),
    timesPerDay: 1,
    perMuscleMovement: false,
    finish,
    skip: activity.explosive
      ? ({ point }) =>
          point.location.depth === "deep"
            ? "Left out before explosive effort: deep pressure just before sprinting, jumping or lifting can leave the muscle feeling heavy. Work it after training instead."
            : undefined
      : undefined,
  };
}

function postSettings(activity: Activity, prefs: Preferences, light: boolean, fewer: boolean): PhaseSettings {
  const minutes = fewer ? Math.max(5, Math.round(prefs.minutesAvailable * 0.7)) : prefs.minutesAvailable;
  return {
    name: `After ${activity.inWords}`,
    style: { dose: "recovery", light },
    maxPoints: Math.max(2, pointCap(prefs) - (fewer ? 2 : 0)),
    capReason: "after training, a few points worked well help more than many",
    maxSeconds: minutes * 60,
    minutesAvailable: minutes,
    ceiling: prefs.painCeiling,
    timesPerDay: 1,
    perMuscleMovement: true,
  };
}

/** Points in priority order and why each was picked: rated areas first, then the activity's key points. */
function targetPoints(activity: Activity, feelings: Feeling[], phase: "pre" | "post"): { ids: string[]; because: Map<string, string> } {
  const because = new Map<string, string>();
  const add = (id: string, why: string) => {
    if (!because.has(id)) because.set(id, why);
  };
  const rated = (kind: Feeling["feeling"]) => feelings.filter((f) => f.feeling === kind);
  // Soreness is what a recovery routine is for; before training, stiffness is what needs easing.
  const felt = phase === "post" ? [...rated("sore"), ...rated("stiff")] : [...rated("stiff"), ...rated("sore")];
  for (const { region, feeling } of felt)
    for (const id of pointsForRegion(region, activity).slice(0, 2)) add(id, feltReason(region, feeling, feelings));
  const fine = new Set(rated("fine").map((f) => anatomicalRegionOf(f.region)));
  const isFine = (id: string) => {
    const region = findTriggerPoint(id)?.point.location.region;
    return region !== undefined && fine.has(region);
  };
  const trained = [...activity.points.filter((id) => !isFine(id)), ...activity.points.filter(isFine)];
  for (const id of trained) add(id, `The ${findTriggerPoint(id)?.muscle.name.toLowerCase() ?? id} works hard in ${activity.inWords}.`);
  return { ids: [...because.keys()], because };
}

/** Points lying in a region (the activity's own first), then points that refer pain there. */
function pointsForRegion(region: RegionId, activity: Activity): string[] {
  const base = anatomicalRegionOf(region);
  const local = [
    ...activity.points.filter((id) => findTriggerPoint(id)?.point.location.region === base),
    ...ATLAS_POINTS.filter(({ point }) => point.location.region === base).map(({ point }) => point.id),
  ];
  const referring = referralsTo(base)
    .filter((r) => r.kind === "essential")
    .map((r) => r.triggerPointId);
  return [...new Set([...local, ...referring])];
}

/**
 * Why a rated area's point is in the routine, and which side to work: the atlas point has no side, so a person who
 * rated both calves must be told to do both legs, and one who rated one side to keep to it.
 */
function feltReason(region: RegionId, feeling: Feeling["feeling"], feelings: readonly Feeling[]): string {
  const side = sideOf(region);
  const area = areaLabel(anatomicalRegionOf(region));
  if (side === "midline") return `You rated the ${area} ${feeling}.`;
  if (bothSidesRated(region, feeling, feelings))
    return `You rated the ${area} ${feeling} on both sides. Do both ${limbsOf(region)}: the left, then the right, each with the full dose.`;
  return `You rated the ${side} ${area} ${feeling}. Work the ${side} side.`;
}

function bothSidesRated(region: RegionId, feeling: Feeling["feeling"], feelings: readonly Feeling[]): boolean {
  const other = mirrorRegion(region);
  return feelings.some((f) => f.region === other && f.feeling === feeling);
}

const LEG_AREAS = new Set(["leg", "thigh", "knee", "foot"]);
const ARM_AREAS = new Set(["arm", "forearm", "hand"]);

/** "legs", "arms" or "sides": what a person calls the two sides of an area. */
function limbsOf(region: RegionId): string {
  const area = regionRecord(region).area;
  if (LEG_AREAS.has(area)) return "legs";
  if (ARM_AREAS.has(area)) return "arms";
  return "sides";
}

/** The routine's note when an area was rated on both sides: the steps do not repeat, so the person repeats them. */
function bothSidesNote(feelings: readonly Feeling[]): string | undefined {
  const areas = new Map<AnatomicalRegion, string>();
  for (const f of feelings) {
    const region = f.region as RegionId;
    if (f.feeling === "fine" || !bothSidesRated(region, f.feeling, feelings)) continue;
    areas.set(anatomicalRegionOf(region), `${areaLabel(anatomicalRegionOf(region))} points on both ${limbsOf(region)}`);
  }
  if (areas.size === 0) return undefined;
  return `You rated both sides: work the ${[...areas.values()].join(" and the ")}, one side after the other. The timer counts one side, so allow a little longer than shown.`;
}

function feedbackEffect(previous: { afterRating?: string | undefined; nextDayCheckIn?: string | undefined } | undefined) {
  const { afterRating, nextDayCheckIn } = previous ?? {};
  if (nextDayCheckIn === "worse")
    return {
      light: true,
      fewer: true,
      note: "The day after your last routine your muscles felt worse, so this one is lighter, shorter and has fewer points.",
    };
  if (afterRating === "worse")
    return { light: true, fewer: false, note: "Right after your last routine your muscles felt worse, so this one uses lighter doses." };
  if (afterRating === "better" || nextDayCheckIn === "better")
    return { light: false, fewer: false, note: "Your last routine left your muscles feeling better, so this one keeps the same approach." };
  if (afterRating === "same" || nextDayCheckIn === "same")
    return {
      light: false,
      fewer: false,
      note: "Your last routine made no clear difference. It stays the same for now; if that continues for several sessions, this may not be what your muscles need.",
    };
  return { light: false, fewer: false, note: undefined };
}

function sorenessNote(feelings: Feeling[], phase: "pre" | "post"): string | undefined {
  if (phase !== "pre" || !feelings.some((f) => f.feeling === "sore")) return undefined;
  return "Some muscles feel sore: keep today's training easy on them. Pain that came on suddenly during exercise, or that is sharp, may be an injury rather than soreness; have it checked.";
}

const EVIDENCE = {
  pre: "Pressure work before training can make a muscle feel looser for a while; evidence that it improves performance is weak, so keep it short and let the movement do the warming up.",
  post: "Massage-like pressure after training can ease how sore muscles feel over the next day or two; it is not proven to speed up repair. Sleep, food and easy movement matter more.",
} as const;
