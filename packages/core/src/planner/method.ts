import { methodSafety, type MethodSafety } from "../atlas/method-rules.ts";
import type { Dose, SelfTreatment, TriggerPoint } from "../atlas/types.ts";
import type { z } from "zod";
import type { SessionMethodSchema } from "../diary/records.ts";
import { methodName } from "../vocabulary/methods.ts";
import { wantsGentle, type Preferences, type Tool } from "./preferences.ts";

/** A way of working a point: the atlas methods plus the massage gun. */
export type PlannerMethod = z.infer<typeof SessionMethodSchema>;

/** The method chosen for one point, how to apply it, and why. */
export interface MethodChoice {
  method: PlannerMethod;
  /** The atlas treatment followed, or undefined for a fallback the atlas does not describe. */
  treatment: SelfTreatment | undefined;
  /** The dose to start from before the planner adjusts it. */
  baseDose: Dose;
  /** Position and technique in plain words. */
  instructions: string;
  reason: string;
}

const HAND_METHODS: readonly PlannerMethod[] = ["fingers", "pincer"];
const BROAD_METHODS: readonly PlannerMethod[] = ["large-ball", "foam-roller"];
const HARD_TIPS: readonly PlannerMethod[] = ["small-ball", "knobbed-tool", "hooked-cane"];
const PRECISE_METHODS: readonly PlannerMethod[] = [...HARD_TIPS, "fingers", "pincer"];

/**
 * Whether `method` is safe on `point`. The rule lives with the atlas cautions (`methodSafety`), so
 * the planner and the atlas integrity check can never disagree about it.
 */
export function isMethodSafe(point: TriggerPoint, method: PlannerMethod): MethodSafety {
  return methodSafety(point, method);
}

/** The methods a set of tools allows; `thumb` covers thumb pressure and the pincer grip. */
export function methodsForTools(tools: readonly Tool[]): Set<PlannerMethod> {
  const methods = new Set<PlannerMethod>();
  for (const tool of tools) {
    if (tool === "thumb") HAND_METHODS.forEach((m) => methods.add(m));
    else methods.add(tool);
  }
  return methods;
}

/** Extra context for a choice: `light` for a lighter session, `preWorkout` for a brief one before training. */
export interface MethodOptions {
  light?: boolean;
  preWorkout?: boolean;
}

/**
 * Chooses how to work one point from the atlas treatments and the person's tools. Beginners,
 * pain-sensitive people and pre-workout routines get broad, gentle contact (the large soft ball
 * first); practised people get a precise tool or the thumb for deep points. Unsafe methods are
 * never chosen; when nothing fits, the fingers are the fallback and the reason says why.
 */
export function chooseMethod(point: TriggerPoint, prefs: Preferences, options: MethodOptions = {}): MethodChoice {
  const have = methodsForTools(prefs.tools);
  const safe = point.treatments.filter((t) => isMethodSafe(point, t.method).safe);
  const unsafeNote = unsafeToolsNote(point, have);
  const gentle = wantsGentle(prefs) || options.light === true || options.preWorkout === true;
  // A gentle session never uses a hard, narrow tip unless the atlas itself calls it gentle.
  const usable = safe.filter((t) => have.has(t.method) && (!gentle || t.gentle || !HARD_TIPS.includes(t.method)));
  const ranked = rankTreatments(usable, point, gentle);
  const best = ranked[0];
  if (best) return fromTreatment(best, joinReasons(whyTreatment(best, point, prefs, gentle, options), unsafeNote));
  const gun = massageGunChoice(point, prefs, have, options);
  if (gun) return { ...gun, reason: joinReasons(gun.reason, unsafeNote) };
  return fingersFallback(safe, joinReasons(whyFallback(point, have, safe, gentle), unsafeNote));
}

function rankTreatments(treatments: SelfTreatment[], point: TriggerPoint, gentle: boolean): SelfTreatment[] {
  const rank = (t: SelfTreatment): number => {
    if (gentle) return (t.method === "large-ball" ? 0 : BROAD_METHODS.includes(t.method) ? 1 : 2) + (t.gentle ? 0 : 0.5);
    if (point.location.depth === "deep") return PRECISE_METHODS.indexOf(t.method) >= 0 ? PRECISE_METHODS.indexOf(t.method) / 10 : 1;
    return 0;
  };
  return treatments
    .map((t, index) => ({ t, index }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.index - b.index)
    .map(({ t }) => t);
}

function whyTreatment(t: SelfTreatment, point: TriggerPoint, prefs: Preferences, gentle: boolean, options: MethodOptions): string {
  const who = options.preWorkout
    ? "Before training"
    : prefs.experience === "new"
      ? "While you are new to this"
      : prefs.painSensitivity === "high" || options.light
        ? "Because this session should be gentle"
        : "You are practised";
  const deep = point.location.depth === "deep";
  if (gentle && BROAD_METHODS.includes(t.method))
    return `${who}, the ${methodName(t.method)} spreads the pressure over a wide area: less pain, less depth and little risk of pressing too hard.`;
  if (gentle)
    return `${who}, use ${withArticle(t.method)}: that way you feel and control exactly how much pressure you give, and no ball or roller you have is listed for this spot.`;
  if (deep && PRECISE_METHODS.includes(t.method))
    return `${who} and this point lies deep, so ${withArticle(t.method)} reaches it more precisely than a broad ball.`;
  if (deep)
    return `This point lies deep and, of your tools, only the ${methodName(t.method)} is listed for it: let your weight sink in slowly so it reaches the spot without force.`;
  return `This point lies near the surface, so ${withArticle(t.method)}, the atlas's first choice among your tools, reaches it without extra depth.`;
}

function massageGunChoice(
  point: TriggerPoint,
  prefs: Preferences,
  have: Set<PlannerMethod>,
  options: MethodOptions,
): MethodChoice | undefined {
  if (!have.has("massage-gun") || prefs.experience === "new" || prefs.painSensitivity === "high" || options.light) return undefined;
  if (!isMethodSafe(point, "massage-gun").safe || !point.treatments.some((t) => BROAD_METHODS.includes(t.method))) return undefined;
  return {
    method: "massage-gun",
    treatment: undefined,
    baseDose: { kind: "hold", seconds: 30 },
    instructions:
      "Use the soft round head on the lowest setting. Glide the gun slowly along the muscle around the spot without pushing; keep it moving and off bone.",
    reason:
      "None of your other tools is listed for this point; it lies in a large muscle away from vessels and nerves, so a massage gun on a low setting is acceptable for someone practised.",
  };
}

function fingersFallback(safe: SelfTreatment[], reason: string): MethodChoice {
  const hand = safe.find((t) => HAND_METHODS.includes(t.method));
  if (hand) return fromTreatment(hand, reason);
  return {
    method: "fingers",
    treatment: undefined,
    baseDose: { kind: "strokes", count: 10 },
    instructions: "Press the spot with two or three fingertips together and stroke slowly across it, lightly at first.",
    reason,
  };
}

function whyFallback(point: TriggerPoint, have: Set<PlannerMethod>, safe: SelfTreatment[], gentle: boolean): string {
  const anyTool = [...have].some((m) => !HAND_METHODS.includes(m));
  if (safe.some((t) => have.has(t.method)) && gentle)
    return "Your tools for this point are narrow and hard, which is too much while you learn; use your fingers, which let you feel how much pressure you use.";
  if (!anyTool && !have.has("fingers"))
    return "You listed no tools, so use your fingers: they are always at hand and let you feel the spot.";
  return point.treatments.some((t) => have.has(t.method))
    ? "Use your fingers here: they are the safe choice at this spot."
    : "None of your tools is listed as a safe fit for this point, so use your fingers: they let you feel the spot and control the pressure.";
}

function unsafeToolsNote(point: TriggerPoint, have: Set<PlannerMethod>): string {
  const reasons = new Set<string>();
  for (const method of have) {
    const safety = isMethodSafe(point, method);
    if (!safety.safe && !HAND_METHODS.includes(method)) reasons.add(`No ${methodName(method)} here: ${safety.reason}.`);
  }
  return [...reasons].slice(0, 1).join(" ");
}

function fromTreatment(t: SelfTreatment, reason: string): MethodChoice {
  return { method: t.method, treatment: t, baseDose: t.dose, instructions: `${t.position} ${t.technique}`, reason };
}

function joinReasons(...parts: string[]): string {
  return parts.filter(Boolean).join(" ");
}

function withArticle(method: PlannerMethod): string {
  if (method === "fingers") return "your thumb or fingertips";
  if (method === "pincer") return "a pincer grip between thumb and fingers";
  return `a ${methodName(method)}`;
}
