import { formatPath } from "../validation.ts";
import { ENDANGERMENT_SITES, methodSafety } from "./method-rules.ts";
import { MuscleRecordSchema } from "./schema.ts";
import type { MuscleRecord, SelfTreatment, TriggerPoint } from "./types.ts";

/**
 * Lists every rule the given muscle records break; an empty list means the records are sound. The
 * shape of each record (ids, regions, symptoms, sources, cautions, texts, ranges) is the schema's to
 * check; the rules here span several fields or records.
 */
export function checkMuscles(muscles: readonly MuscleRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const muscle of muscles) {
    const shape = MuscleRecordSchema.safeParse(muscle);
    if (!shape.success) {
      // The rules below read a well-formed record; a malformed one is reported by its shape alone.
      problems.push(...shape.error.issues.map((issue) => `${muscle.id}.${formatPath(issue.path)}: ${issue.message}`));
      continue;
    }
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
  if (!point.id.startsWith(`${muscle.id}-`)) problems.push(`id must start with "${muscle.id}-"`);
  if (!point.referral.some((zone) => zone.kind === "essential")) problems.push("has no essential referral zone");
  for (const t of point.treatments) {
    if (t.dose.kind === "strokes" && (t.dose.count < 5 || t.dose.count > 20)) problems.push(`${t.method}: strokes should be 5–20`);
    if (t.dose.kind === "hold" && (t.dose.seconds < 10 || t.dose.seconds > 90)) problems.push(`${t.method}: holds should be 10–90 s`);
  }
  const site = ENDANGERMENT_SITES[point.location.region];
  if (site && !point.cautions.includes(site)) problems.push(`lies at an endangerment site and must carry the "${site}" caution`);
  for (const t of point.treatments) {
    const safety = methodSafety(point, t.method);
    if (!safety.safe) problems.push(`${t.method} contradicts a caution: ${safety.reason}`);
    problems.push(...checkPainFigures(t));
  }
  return problems;
}

// "5/10", "5 out of 10", "5 of 10": a pain figure written into the text a person reads.
const PAIN_FIGURE = /\b(\d{1,2})\s*(?:\/|out of|of)\s*10\b/g;

/** No pain figure in a technique's text may exceed its pain ceiling (the schema keeps the ceiling itself within 1–7). */
function checkPainFigures(t: SelfTreatment): string[] {
  const problems: string[] = [];
  for (const match of `${t.position} ${t.technique}`.matchAll(PAIN_FIGURE))
    if (Number(match[1]) > t.painCeiling)
      problems.push(`${t.method}: text says ${match[0]}, above its pain ceiling of ${t.painCeiling}/10`);
  return problems;
}
