import { findTriggerPoint } from "../atlas/atlas.ts";
import { regionRecord } from "../vocabulary/vocabulary.ts";
import type { RegionId } from "../vocabulary/ids.ts";
import type { PointScore } from "./score.ts";

const described = new Map<RegionId, string>();

/** A region as written inside a sentence: "temple (left)". */
export function describeRegion(id: RegionId): string {
  let text = described.get(id);
  if (text === undefined) {
    const label = regionRecord(id).label;
    const [place, side] = label.split(/, (?=left$|right$)/);
    const lower = (place ?? label).charAt(0).toLowerCase() + (place ?? label).slice(1);
    text = side ? `${lower} (${side})` : lower;
    described.set(id, text);
  }
  return text;
}

/** Joins phrases as "a, b and c". */
export function listPhrases(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * One or two plain sentences on why a trigger point is a candidate, and what it leaves unexplained in
 * its own painful area (a separate area has candidates of its own).
 */
export function explainScore(score: PointScore, partners: readonly string[] = []): string {
  const { point } = score.instance.entry;
  const main = score.explained.filter((e) => e.kind === "essential").map((e) => describeRegion(e.region));
  const some = score.explained.filter((e) => e.kind === "spillover").map((e) => describeRegion(e.region));
  const parts: string[] = [];
  if (main.length > 0) parts.push(`${point.name} typically refers pain to the ${listPhrases(main)}`);
  if (some.length > 0)
    parts.push(`${main.length > 0 ? "and in some people to" : `${point.name} can refer pain to`} the ${listPhrases(some)}`);
  let text = `${parts.join(" ")}, where you marked pain.`;
  if (score.matchedSymptoms.length > 0)
    text += ` It is known for ${listPhrases(score.matchedSymptoms.map((s) => s.replace(/-/g, " ")))} too.`;
  if (score.unexplainedInArea.length > 0) text += ` It does not explain the ${listPhrases(score.unexplainedInArea.map(describeRegion))}.`;
  if (partners.length > 0) {
    const names = partners.map((id) => findTriggerPoint(id)?.point.name ?? id);
    text += ` Together with ${listPhrases(names)} of the same muscle, which often are active at the same time, it explains more of your pain.`;
  }
  if (score.pressTest === "reproduces") text += " Pressing it brought on your familiar pain.";
  if (score.pressTest === "tender")
    text +=
      " Pressing it was tender but did not bring on your familiar pain: tenderness is common where a muscle is not the cause, so this makes it a little less likely.";
  if (score.pressTest === "nothing") text += " Pressing it did not bring on your pain, which makes it less likely.";
  return text;
}
