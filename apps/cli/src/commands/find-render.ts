import { describeRegion, type FindResult, type RegionId } from "@unknot/core";
import { formatTable } from "../output.ts";

const LEVEL_TEXT = {
  none: "No red flags found: self-treatment may go ahead.",
  "see-clinician": "SEE A CLINICIAN within days; do not self-treat the painful area until then.",
  urgent: "URGENT: seek medical care today.",
  emergency: "EMERGENCY: call emergency services now.",
} as const;

/** Renders a finder result for a person: the safety verdict first, then what to rule out, then candidates. */
export function renderFindResult(result: FindResult): string {
  const lines = [`Safety: ${LEVEL_TEXT[result.safety.level]}`];
  for (const reason of result.safety.reasons) lines.push(`  - ${reason}`);
  for (const caution of result.safety.cautions) lines.push(`  Caution: ${caution}`);
  if (result.differentials.length > 0) {
    lines.push("", "Rule out first:");
    for (const d of result.differentials) lines.push(`  - ${d.id}: ${d.why}`);
  }
  if (result.safety.level === "emergency") return lines.join("\n");
  lines.push(
    "",
    result.candidates.length > 0
      ? "Trigger points that may refer this pain (best first):"
      : "No trigger point in the atlas refers to these areas.",
  );
  const severalAreas = new Set(result.candidates.map((c) => c.forArea)).size > 1;
  const rows = result.candidates
    .slice(0, 10)
    .map((c, i) => [
      String(i + 1),
      c.score.toFixed(2),
      c.name,
      c.side,
      ...(severalAreas ? [c.forArea] : []),
      c.explains.map((r) => describeRegion(r as RegionId)).join(", "),
    ]);
  const header = ["#", "SCORE", "TRIGGER POINT", "SIDE", ...(severalAreas ? ["FOR"] : []), "EXPLAINS"];
  if (rows.length > 0) lines.push(formatTable([header, ...rows]));
  if (result.combination.length > 1) lines.push("", `Together: ${result.combination.map((m) => m.triggerPoint).join(" + ")}`);
  if (result.confidence) lines.push("", `Confidence: ${result.confidence.level}. ${result.confidence.summary}`);
  if (result.nextPressTest) {
    const next = result.nextPressTest;
    const title = next.reason === "well-ahead" ? "Test this first" : "Press next";
    lines.push("", `${title}: ${next.name}`, `  Why: ${next.why}`, `  Find it: ${next.find}`, `  Press: ${next.press}`);
    lines.push(`  Then answer with --press ${next.triggerPoint}:reproduces, :tender or :nothing`);
  }
  lines.push("", "This is not a diagnosis. Keep pressure at or below 5/10 and stop at sharp, electric or spreading numb pain.");
  return lines.join("\n");
}
