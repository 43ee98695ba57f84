import { CAUTIONS } from "../atlas/cautions.ts";
import { painCeilingOf } from "../atlas/pain-ceiling.ts";
import type { Dose, Method, SelfTreatment, TriggerPoint } from "../atlas/types.ts";
import { STROKE_SECONDS } from "./dose.ts";
import { classifyPosition, type PositionKind } from "./position-kind.ts";
import { asSentence, joinSentences, splitSentences } from "./sentences.ts";

/** What a step of a technique is about, in the order a person does them. */
export type TechniqueStepKind = "find" | "position" | "work" | "dose" | "limit" | "stop";

/** One short, complete step of a technique: a title ("Get into position") and its sentences. */
export interface TechniqueStep {
  kind: TechniqueStepKind;
  title: string;
  text: string;
  /** Further complete sentences that belong to the step: the point's cautions, for `stop`. */
  more: string[];
}

/** A technique laid out as steps, with the position to draw and the pain limit that applies. */
export interface TechniqueSteps {
  position: PositionKind;
  painLimit: number;
  steps: TechniqueStep[];
}

/** What a session changes: the dose it chose and a lower pain limit (the person's own, or after easing off). */
export interface TechniqueOptions {
  dose?: Dose | undefined;
  painCeiling?: number | undefined;
}

const ROLLED: readonly Method[] = ["small-ball", "large-ball", "foam-roller"];
// A sentence that only restates the pain limit ("Stay at or below about 5 out of 10.") says what the
// "how hard" step says; sentences that also say how to move keep their figure.
const LIMIT_ONLY =
  /^(?:keep|stay)(?: (?:the|your) (?:discomfort|pressure|pain)| it)?(?: (?:moderate|gentle|light))?,? (?:at or below|at|no more than|below)(?: about)? \d+ out of 10(?: or less)?\.$/i;
const PAIN_FIGURE = /\b(\d+)(?: out of |\/)10\b/g;

/**
 * The technique as steps a person can follow lying on a ball: find it, get into position, press or
 * roll, how long, how hard, what to stop for. Every step is built from the atlas fields and is made
 * of complete sentences; a session's lower pain limit rewrites any higher figure in the atlas text.
 */
export function techniqueSteps(point: TriggerPoint, treatment: SelfTreatment, options: TechniqueOptions = {}): TechniqueSteps {
  const painLimit = Math.min(painCeilingOf(treatment), options.painCeiling ?? Infinity);
  const dose = options.dose ?? treatment.dose;
  const within = (text: string) =>
    text.replace(PAIN_FIGURE, (figure, n: string) => (Number(n) > painLimit ? `${painLimit} out of 10` : figure));
  const step = (kind: TechniqueStepKind, title: string, text: string, more: string[] = []): TechniqueStep => ({ kind, title, text, more });
  return {
    position: classifyPosition(treatment.position),
    painLimit,
    steps: [
      step("find", "Find it", joinSentences(within(point.find))),
      step("position", "Get into position", asSentence(within(treatment.position))),
      step("work", workTitle(treatment.method, dose), workText(within(treatment.technique))),
      step("dose", "How long", doseText(dose)),
      step("limit", "How hard", limitText(painLimit)),
      step(
        "stop",
        "Stop if",
        STOP_TEXT,
        point.cautions.map((id) => joinSentences(`${CAUTIONS[id].title}: ${CAUTIONS[id].text}`)),
      ),
    ],
  };
}

function workTitle(method: Method, dose: Dose): string {
  if (dose.kind === "hold") return "Press and hold";
  return ROLLED.includes(method) ? "Roll slowly" : "Press and stroke";
}

function workText(technique: string): string {
  const sentences = splitSentences(technique);
  const kept = sentences.filter((sentence) => !LIMIT_ONLY.test(sentence));
  return (kept.length > 0 ? kept : sentences).join(" ");
}

/** The dose in words: "Hold for 45 seconds, breathing slowly, then let go gently." */
export function doseText(dose: Dose): string {
  return dose.kind === "hold"
    ? `Hold for ${dose.seconds} seconds, breathing slowly, then let go gently.`
    : `Make ${dose.count} slow strokes, about ${STROKE_SECONDS} seconds each: about ${dose.count * STROKE_SECONDS} seconds in all.`;
}

function limitText(limit: number): string {
  return `Pain limit: ${limit}/10. Aim for a bearable ache that softens within a few seconds; if it climbs above ${limit} out of 10, press less.`;
}

const STOP_TEXT =
  "Stop at once if the pain turns sharp, electric or burning, or if numbness or tingling spreads; move off any spot where you feel a pulse.";
