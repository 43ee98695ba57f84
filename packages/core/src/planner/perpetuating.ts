import { z } from "zod";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { parseWith, type Parsed } from "../validation.ts";
import type { MuscleId } from "../vocabulary/ids.ts";
import { FACTOR_QUESTIONS, type FactorAnswers } from "./factor-questions.ts";

/** How well a piece of advice is supported. */
export type AdviceEvidence = "good" | "limited" | "expert-opinion";

/** One piece of advice about something that may keep muscle pain going. */
export interface FactorAdvice {
  factor: string;
  advice: string;
  evidence: AdviceEvidence;
}

/** Questionnaire answers: each question optional, each answer one of its options. */
export const FactorAnswersSchema = z.strictObject(
  Object.fromEntries(
    FACTOR_QUESTIONS.map((q) => [
      q.id,
      z
        .enum(q.options.map((o) => o.id) as [string, ...string[]], {
          error: `must be one of ${q.options.map((o) => `"${o.id}"`).join(", ")}`,
        })
        .optional(),
    ]),
  ),
);

/** Validates untrusted questionnaire answers; on failure the message names the question. */
export function parseFactorAnswers(raw: unknown): Parsed<FactorAnswers> {
  return parseWith(FactorAnswersSchema, raw ?? {}, "answers") as Parsed<FactorAnswers>;
}

const NECK_AND_SHOULDERS: MuscleId[] = [
  "trapezius",
  "levator-scapulae",
  "suboccipitals",
  "splenius-capitis",
  "splenius-cervicis",
  "semispinalis-capitis",
  "sternocleidomastoid",
  "scalenes",
  "pectoralis-minor",
  "pectoralis-major",
  "rhomboids",
];
const HIPS_AND_LOW_BACK: MuscleId[] = [
  "iliopsoas",
  "quadratus-lumborum",
  "gluteus-medius",
  "gluteus-minimus",
  "piriformis",
  "biceps-femoris",
  "semitendinosus",
  "semimembranosus",
];
const JAW_AND_SHOULDERS: MuscleId[] = ["masseter", "temporalis", "lateral-pterygoid", "medial-pterygoid", "trapezius", "levator-scapulae"];
const FOREARMS_AND_SHOULDERS: MuscleId[] = [
  "extensor-carpi-radialis-longus",
  "extensor-carpi-radialis-brevis",
  "extensor-digitorum",
  "supinator",
  "finger-flexors",
  "infraspinatus",
  "supraspinatus",
  "deltoid",
];

/** One rule of advice: when it applies, what it says, and which chosen muscles make it personal. */
interface AdviceRule {
  factor: string;
  applies: (answers: FactorAnswers) => boolean;
  text: string;
  evidence: AdviceEvidence;
  /** Muscle groups this factor loads, with why; named in the advice when the person's points are in them. */
  tailor?: [MuscleId[], string][];
}

const RULES: AdviceRule[] = [
  {
    factor: "posture",
    applies: (a) => a.sitting === "over-8" || a.posture === "yes" || a.posture === "sometimes",
    text: "Change position at least every half hour: stand, walk a few steps, roll the shoulders. Put the screen at eye height and let the elbows rest by your sides. No single posture is 'correct'; moving often matters more.",
    evidence: "limited",
    tailor: [
      [NECK_AND_SHOULDERS, "long stretches with the head forward or the shoulders raised keep these muscles working."],
      [HIPS_AND_LOW_BACK, "long sitting keeps the hips bent and these muscles short."],
    ],
  },
  {
    factor: "sleep",
    applies: (a) => a.sleep === "broken" || a.sleep === "short",
    text: "Poor sleep makes pain feel stronger, and pain disturbs sleep. Keep regular hours and a dark, cool room, and use a pillow that keeps your neck level. If you wake unrefreshed every day, snore heavily or wake with pain every night, tell your doctor.",
    evidence: "good",
    tailor: [[NECK_AND_SHOULDERS, "avoid sleeping with the shoulder pushed up to the ear or the head twisted."]],
  },
  {
    factor: "exercise",
    applies: (a) => a.exercise === "rarely",
    text: "Regular movement is the best-supported self-care for long-lasting muscle pain. Start small, for example ten minutes of walking or easy cycling a day, and add a little each week.",
    evidence: "good",
  },
  {
    factor: "exercise",
    applies: (a) => a.exercise === "most-days",
    text: "You move a lot: keep it up. Raise distance, weight or intensity gradually, and after a hard day make the next one easy so the muscles can recover.",
    evidence: "expert-opinion",
  },
  {
    factor: "overuse",
    applies: (a) => a.repetitive === "yes",
    text: "Break up repeated movements with short pauses every 20–30 minutes, and switch hands, grips or sides where you can. Muscles that do the same job for hours without rest are where trigger points are most often described.",
    evidence: "expert-opinion",
    tailor: [[FOREARMS_AND_SHOULDERS, "gripping, typing and repeated arm movements load them."]],
  },
  {
    factor: "injury",
    applies: (a) => a.injury === "yes",
    text: "Muscles around a recent injury often tense up to protect it. Have the injury itself checked first, especially with swelling, weakness, numbness or night pain, and do not press on a fresh injury in the first days.",
    evidence: "expert-opinion",
  },
  {
    factor: "age",
    applies: (a) => a.age === "65-plus",
    text: "Muscles recover more slowly with age, and joints, nerves and bones cause more of the aches that can look like referred pain. Use lighter pressure with the large soft ball, and have new or changing pain checked rather than assuming it is muscular. If you take blood thinners, use light pressure only.",
    evidence: "expert-opinion",
  },
  {
    factor: "nutrition",
    applies: (a) => a.diet === "yes" || a.fatigue === "yes",
    text: "Low vitamin D, iron, vitamin B12 and, rarely, vitamin C can cause aching muscles and tiredness, and so can an underactive thyroid. Rather than taking supplements blindly, ask your doctor to test vitamin D, ferritin (iron stores) and B12, and thyroid function if you also feel tired and cold; then treat what is actually low. Too much iron or vitamin D does harm. Whether low levels keep trigger points going in particular rests on expert opinion.",
    evidence: "limited",
  },
  {
    factor: "stress",
    applies: (a) => a.stress === "high",
    text: "Stress keeps muscles braced when they should rest and makes pain feel worse. Slow breathing, short breaks and things you enjoy help. If stress or low mood has lasted for weeks, talk to your doctor: it is treatable.",
    evidence: "limited",
    tailor: [[JAW_AND_SHOULDERS, "clenching the jaw and raising the shoulders are common ways stress shows up in them."]],
  },
];

/**
 * Advice tailored to the questionnaire answers and the person's chosen trigger points, each with
 * an honest label of how well it is supported. Nutrition advice asks for tests, never blind
 * supplements. Unknown point ids are ignored; answers should be checked with `parseFactorAnswers`.
 */
export function adviseOnFactors(answers: FactorAnswers, pointIds: readonly string[]): FactorAdvice[] {
  const muscles = new Map<string, string>();
  for (const id of pointIds) {
    const entry = findTriggerPoint(id);
    if (entry) muscles.set(entry.muscle.id, entry.muscle.name.toLowerCase());
  }
  const personal = ([group, why]: [MuscleId[], string]) => {
    const names = group.flatMap((id) => muscles.get(id) ?? []);
    return names.length === 0 ? "" : ` This matters for your points in the ${joinNames(names)}: ${why}`;
  };
  return RULES.filter((rule) => rule.applies(answers)).map((rule) => ({
    factor: rule.factor,
    advice: rule.text + (rule.tailor ?? []).map(personal).join(""),
    evidence: rule.evidence,
  }));
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
