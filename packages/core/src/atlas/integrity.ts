import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { isAnatomicalRegion, isMuscleId, isSymptomId } from "../vocabulary/vocabulary.ts";
import type { CautionId } from "./cautions.ts";
import { CAUTIONS } from "./cautions.ts";
import { SOURCES } from "./sources.ts";
import type { Method, MuscleRecord, TriggerPoint } from "./types.ts";

/**
 * Endangerment sites: a trigger point that lies in one of these regions must carry the caution,
 * and may be worked only with the listed methods (no balls, tools or rollers pushed into them).
 */
export const ENDANGERMENT_SITES: Partial<Record<AnatomicalRegion, { caution: CautionId; methods: readonly Method[] }>> = {
  "neck-front": { caution: "front-of-neck", methods: ["pincer", "fingers"] },
  throat: { caution: "front-of-neck", methods: ["pincer", "fingers"] },
  armpit: { caution: "armpit", methods: ["pincer", "fingers"] },
  "elbow-front": { caution: "elbow-crease", methods: ["fingers", "pincer", "large-ball"] },
  groin: { caution: "femoral-triangle", methods: ["fingers", "pincer"] },
  "knee-back": { caution: "back-of-knee", methods: ["fingers", "pincer"] },
  "pelvic-floor": { caution: "pelvic-floor", methods: ["fingers", "large-ball", "small-ball"] },
  "abdomen-upper": { caution: "abdomen-organs", methods: ["fingers", "pincer", "large-ball"] },
  "abdomen-lower": { caution: "abdomen-organs", methods: ["fingers", "pincer", "large-ball"] },
};

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
  if (site) {
    if (!point.cautions.includes(site.caution)) problems.push(`lies at an endangerment site and must carry the "${site.caution}" caution`);
    for (const t of point.treatments)
      if (!site.methods.includes(t.method)) problems.push(`${t.method} is not safe at ${point.location.region}`);
  }
  if (point.cautions.includes("front-of-neck")) {
    for (const t of point.treatments)
      if (t.method !== "pincer" && t.method !== "fingers") problems.push(`${t.method} must not be used on the front/side of the neck`);
  }
  return problems;
}
