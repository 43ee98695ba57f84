import type { FlagId, RegionId, SymptomId } from "../vocabulary/ids.ts";
import { regionRecord } from "../vocabulary/vocabulary.ts";

/** A screening question a symptom implies, asked instead of taking the symptom at face value. */
export interface FollowUpQuestion {
  /** The flag a yes-answer raises. */
  flag: FlagId;
  /** The symptom that makes the question worth asking. */
  because: SymptomId;
  question: string;
}

/** Body areas where numbness or weakness may come from the nerves at the base of the spine (cauda equina). */
const LOWER_BODY_AREAS: ReadonlySet<string> = new Set(["lower-back", "pelvis", "thigh", "knee", "leg", "foot"]);

/**
 * The screening questions that the chosen symptoms imply, most urgent first, as a careful clinician would
 * ask them: weakness → is it getting worse; numbness with pain in the back, pelvis or legs (or nothing drawn)
 * → is it between the legs, and has holding or passing urine or stool changed.
 */
export function followUpQuestions(input: { symptoms: readonly SymptomId[]; pain: readonly { region: RegionId }[] }): FollowUpQuestion[] {
  const numb = input.symptoms.includes("numbness-tingling");
  const weak = input.symptoms.includes("weakness");
  const lowerBody = input.pain.length === 0 || input.pain.some((mark) => LOWER_BODY_AREAS.has(regionRecord(mark.region).area));
  const questions: FollowUpQuestion[] = [];
  if (numb && lowerBody)
    questions.push({
      flag: "saddle-numbness",
      because: "numbness-tingling",
      question: "Is any of the numbness between your legs, or around your back passage or genitals?",
    });
  if ((numb || weak) && lowerBody)
    questions.push({
      flag: "bladder-bowel-change",
      because: numb ? "numbness-tingling" : "weakness",
      question: "Since this began, is it newly hard to hold or to pass urine or stool?",
    });
  if (weak)
    questions.push({
      flag: "progressive-weakness",
      because: "weakness",
      question: "Is the weakness getting worse, or does your foot catch or drop when you walk?",
    });
  return questions;
}
