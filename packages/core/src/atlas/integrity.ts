import { isAnatomicalRegion, isMuscleId, isSymptomId } from "../vocabulary/vocabulary.ts";
import { CAUTIONS } from "./cautions.ts";
import { SOURCES } from "./sources.ts";
import { ENDANGERMENT_SITES, methodSafety } from "./method-rules.ts";
import { MAX_PAIN_CEILING } from "./pain-ceiling.ts";
import type { MuscleRecord, SelfTreatment, TriggerPoint } from "./types.ts";

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Lists every rule the given muscle records break; an empty list means the records are sound. */
export function checkMuscles(muscles: readonly MuscleRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const muscle of muscles) {
    if (!isMuscleId(muscle.id)) problems.push(`${muscle.id}: not a contract muscle id`);
    if (muscle.triggerPoints.length === 0) problems.push(`${muscle.id}: has no trigger points`);
    if (muscle.sources.length === 0) problems.push(`${muscle.id}: cites no sources`);
    for (const citation of muscle.sources)
      if (!(citation.source in SOURCES)) problems.push(`${muscle.id}: unknown source ${citation.source}`);
    if (!muscle.about.trim()) problems.push(`${muscle.id}: says nothing about the muscle`);
    for (const point of muscle.triggerPoints) {
      if (seen.has(point.id)) problems.push(`${point.id}: duplicate id`);
      seen.add(point.id);
      problems.push(...checkPoint(muscle, point).map((problem) => `${point.id}: ${problem}`));
    }
  }
  return problems;
}

function checkPoint(muscle: MuscleRecord, point: TriggerPoint): string[] {
  const problems: string[] = [];
  if (!ID_PATTERN.test(point.id) || !point.id.startsWith(`${muscle.id}-`))
    problems.push(`id must be kebab-case and start with "${muscle.id}-"`);
  if (!isAnatomicalRegion(point.location.region)) problems.push(`location region "${point.location.region}" is not an anatomical region`);
  for (const zone of point.referral)
    if (!isAnatomicalRegion(zone.region)) problems.push(`referral region "${zone.region}" is not an anatomical region`);
  if (!point.referral.some((zone) => zone.kind === "essential")) problems.push("has no essential referral zone");
  for (const symptom of point.symptoms) if (!isSymptomId(symptom)) problems.push(`unknown symptom "${symptom}"`);
  for (const caution of point.cautions) if (!(caution in CAUTIONS)) problems.push(`unknown caution "${caution}"`);
  const texts = {
    name: point.name,
    landmark: point.location.landmark,
    find: point.find,
    pressTest: point.pressTest,
    followUp: point.followUp,
  };
  for (const [field, text] of Object.entries(texts)) if (text.trim().length < 3) problems.push(`${field} is empty`);
  if (point.treatments.length === 0) problems.push("has no self-treatment method");
  for (const t of point.treatments) {
    if (t.dose.kind === "strokes" && (t.dose.count < 5 || t.dose.count > 20)) problems.push(`${t.method}: strokes should be 5–20`);
    if (t.dose.kind === "hold" && (t.dose.seconds < 10 || t.dose.seconds > 90)) problems.push(`${t.method}: holds should be 10–90 s`);
  }
  const at = point.location.at;
  if (at && (at.x < 0 || at.x > 1 || at.y < 0 || at.y > 1)) problems.push("location.at must be fractions from 0 to 1");
  const site = ENDANGERMENT_SITES[point.location.region];
  if (site && !point.cautions.includes(site)) problems.push(`lies at an endangerment site and must carry the "${site}" caution`);
  for (const t of point.treatments) {
    const safety = methodSafety(point, t.method);
    if (!safety.safe) problems.push(`${t.method} contradicts a caution: ${safety.reason}`);
    problems.push(...checkPainCeiling(t));
  }
  if (!point.prevalence) problems.push("states no prevalence (common, occasional or rare)");
  if (!point.prevalenceSource) problems.push("cites no source for its prevalence");
  return problems;
}

// "5/10", "5 out of 10", "5 of 10": a pain figure written into the text a person reads.
const PAIN_FIGURE = /\b(\d{1,2})\s*(?:\/|out of|of)\s*10\b/g;

/** A technique must state a pain ceiling of 1–7, and no figure in its text may exceed it. */
function checkPainCeiling(t: SelfTreatment): string[] {
  if (t.painCeiling === undefined) return [`${t.method}: states no pain ceiling`];
  if (t.painCeiling < 1 || t.painCeiling > MAX_PAIN_CEILING) return [`${t.method}: pain ceiling must be 1–${MAX_PAIN_CEILING}`];
  const problems: string[] = [];
  for (const match of `${t.position} ${t.technique}`.matchAll(PAIN_FIGURE))
    if (Number(match[1]) > t.painCeiling)
      problems.push(`${t.method}: text says ${match[0]}, above its pain ceiling of ${t.painCeiling}/10`);
  return problems;
}
