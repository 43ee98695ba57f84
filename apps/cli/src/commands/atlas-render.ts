import {
  CAUTIONS,
  EVIDENCE_NOTE,
  PREVALENCE_WORDS,
  SOURCES,
  painCeilingOf,
  type MuscleRecord,
  type ReferralZone,
  type TriggerPoint,
} from "@unknot/core/atlas";
import { areaLabel, joinSentences } from "@unknot/core/planner";
import { methodName } from "@unknot/core/vocabulary";

/** A readable page for one muscle: each trigger point, where it refers, how to find, test and treat it. */
export function renderMuscle(muscle: MuscleRecord): string {
  const lines = [muscle.name.toUpperCase(), muscle.about, ""];
  for (const point of muscle.triggerPoints) lines.push(...renderPoint(point), "");
  if (muscle.evidence) lines.push(`Evidence: ${muscle.evidence}`);
  lines.push(`About the evidence: ${EVIDENCE_NOTE}`, "", "Sources:");
  for (const citation of muscle.sources) lines.push(`  - ${SOURCES[citation.source].citation} ${citation.locator}`);
  return lines.join("\n");
}

/** A referral zone in words: "temple", "behind the ear on both sides". */
export function zoneWords(zone: ReferralZone): string {
  const place = areaLabel(zone.region);
  if (zone.side === "both") return `${place} on both sides`;
  return zone.side === "opposite" ? `${place} on the opposite side` : place;
}

function renderPoint(point: TriggerPoint): string[] {
  const zones = (kind: "essential" | "spillover") =>
    point.referral
      .filter((z) => z.kind === kind)
      .map(zoneWords)
      .join(", ") || "—";
  return [
    `${point.name} [${point.id}]`,
    `  Where: ${point.location.landmark} (${point.location.depth})`,
    `  How often it is the cause: ${PREVALENCE_WORDS[point.prevalence].label.toLowerCase()}, ${PREVALENCE_WORDS[point.prevalence].meaning}`,
    `  Refers to: ${zones("essential")}; sometimes ${zones("spillover")}`,
    `  Find it: ${point.find}`,
    `  Test it: ${point.pressTest}`,
    ...point.treatments.map(
      (t) =>
        `  ${t.gentle ? "Gentle" : "Firmer"} – ${methodName(t.method)}: ${joinSentences(t.position, t.technique)} (${dose(t.dose)}; pain no higher than ${painCeilingOf(t)}/10)`,
    ),
    `  Afterwards: ${point.followUp}`,
    ...point.cautions.map((id) => `  Caution – ${CAUTIONS[id].title}: ${CAUTIONS[id].text}`),
  ];
}

function dose(d: TriggerPoint["treatments"][number]["dose"]): string {
  return d.kind === "hold" ? `hold up to ${d.seconds} s` : `${d.count} slow strokes`;
}
