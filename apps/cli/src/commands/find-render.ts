import { describeRegion, type FindResult } from "@unknot/core/finder";
import { type SelfCare } from "@unknot/core/safety";
import { type RegionId, type SafetyLevel } from "@unknot/core/vocabulary";
import { formatTable } from "../output.ts";

const LEVEL_TAG: Record<Exclude<SafetyLevel, "none">, string> = {
  "see-clinician": "SEE A CLINICIAN",
  urgent: "URGENT",
  emergency: "EMERGENCY",
};

const SELF_CARE_TEXT: Record<SelfCare, string> = {
  "go-ahead": "Self-treatment may go ahead.",
  "gently-with-stop-rules":
    "Do not self-treat the painful area until you have been checked; no press tests, sessions or routines until then.",
  "not-until-checked": "Do not self-treat until you have been checked: no press tests, sessions or routines.",
};

/** Renders a finder result for a person: the safety verdict first, then what to rule out, then candidates as the verdict allows. */
export function renderFindResult(result: FindResult): string {
  const lines = [...verdictLines(result), ...differentialLines(result)];
  if (result.safety.level === "emergency") return lines.join("\n");
  const body =
    result.safety.selfCare === "not-until-checked"
      ? foldedCandidateLines(result)
      : [...candidateLines(result), ...nextTestLines(result), "", footer(result)];
  return [...lines, ...body].join("\n");
}

/** The verdict: one time frame said once, what self-care it allows, its reasons and cautions, and questions still to answer. */
function verdictLines({ safety }: FindResult): string[] {
  const lines =
    safety.level === "none"
      ? [`Safety: No red flags found: ${SELF_CARE_TEXT["go-ahead"].toLowerCase()}`, `  ${safety.timeFrame}.`]
      : [`Safety: ${LEVEL_TAG[safety.level]}: ${safety.timeFrame}.`, `  ${SELF_CARE_TEXT[safety.selfCare]}`];
  for (const reason of safety.reasons) lines.push(`  - ${reason}`);
  for (const caution of safety.cautions) lines.push(`  Caution: ${caution}`);
  if (safety.level !== "emergency" && safety.followUps.length > 0) {
    lines.push("", "Please also answer (if yes, run again with the flag shown: it may change the advice):");
    for (const q of safety.followUps) lines.push(`  - ${q.question} (--flag ${q.flag})`);
  }
  return lines;
}

function differentialLines({ differentials }: FindResult): string[] {
  if (differentials.length === 0) return [];
  return ["", "Rule out first:", ...differentials.map((d) => `  - ${d.id}: ${d.why} ${d.ask}`)];
}

function candidateLines(result: FindResult): string[] {
  if (result.candidates.length === 0) return ["", "No trigger point in the atlas refers to these areas."];
  const heading =
    result.safety.selfCare === "go-ahead"
      ? "Trigger points that may refer this pain (best first):"
      : "Trigger points that may refer this pain, for information and to show your clinician (best first):";
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
  const lines = ["", heading, formatTable([header, ...rows])];
  if (result.combination.length > 1) lines.push("", `Together: ${result.combination.map((m) => m.triggerPoint).join(" + ")}`);
  const unexplained = result.leftUnexplained ?? [];
  if (unexplained.length > 0)
    lines.push(
      "",
      `No point left in question explains: ${unexplained.map(describeRegion).join(", ")} (points pressed with no effect are not offered).`,
    );
  return lines;
}

/** The plain confidence, then what to press next and why, with the command that records the answer. */
function nextTestLines({ confidence, nextPressTest: next }: FindResult): string[] {
  const lines = confidence ? ["", `Confidence: ${confidence.level}. ${confidence.summary}`] : [];
  if (!next) return lines;
  const title = next.reason === "well-ahead" ? "Test this first" : "Press next";
  return [
    ...lines,
    "",
    `${title}: ${next.name}`,
    `  Why: ${next.why}`,
    `  Find it: ${next.find}`,
    `  Press: ${next.press}`,
    `  Then answer with --press ${next.triggerPoint}:reproduces, :tender or :nothing`,
  ];
}

/** Until the person has been checked the candidates are only named, with no score table, press test or session. */
function foldedCandidateLines(result: FindResult): string[] {
  if (result.candidates.length === 0) return [];
  const names = result.candidates.slice(0, 5).map((c) => c.name);
  return ["", `For information, after you have been checked, the trigger points that may refer this pain: ${names.join("; ")}.`];
}

/** The verdict's own stop rule when it has one, else the general one. */
function footer({ safety }: FindResult): string {
  return `This is not a diagnosis. ${safety.stopRule ?? "Keep pressure at or below 5/10 and stop at sharp, electric or spreading numb pain."}`;
}
