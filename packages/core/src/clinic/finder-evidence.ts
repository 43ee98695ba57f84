import { findTriggerPoint } from "../atlas/atlas.ts";
import type { FindInput, PressTestEntry } from "../finder/input.ts";
import { findingEvidence, sideInWords, type Finding, type FindingEvidence } from "./finding.ts";

/**
 * A clinician's finding as the finder's press-test answer on that point. The consensus makes the
 * person recognising their familiar pain on pressure the finding that defines an active point, which
 * is exactly what the lay "reproduces" answer asks; so a confirmed active finding answers
 * "reproduces", a band or spot without that answers "tender" (a latent point is not the cause of the
 * familiar pain), and an examined point with none of the criteria answers "nothing".
 */
export const PRESS_ANSWER_OF_EVIDENCE: Record<FindingEvidence, PressTestEntry["result"]> = {
  "confirmed-active": "reproduces",
  "trigger-point": "tender",
  "not-found": "nothing",
};

const STRENGTH: Record<PressTestEntry["result"], number> = { reproduces: 2, tender: 1, nothing: 0 };

/**
 * The newest finding of each point and side: a later examination replaces an earlier one. Sorted by
 * `examinedAt` then `createdAt`, so the same findings in any order give the same answer.
 */
export function latestFindings(findings: readonly Finding[]): Finding[] {
  const latest = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.triggerPoint}:${finding.side}`;
    const held = latest.get(key);
    if (!held || newer(finding, held)) latest.set(key, finding);
  }
  return [...latest.values()].sort((a, b) => (a.triggerPoint < b.triggerPoint ? -1 : a.triggerPoint > b.triggerPoint ? 1 : 0));
}

function newer(a: Finding, b: Finding): boolean {
  const at = Date.parse(a.examinedAt) - Date.parse(b.examinedAt);
  if (at !== 0) return at > 0;
  return a.createdAt !== b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

/**
 * The findings as press-test answers, one per point. The finder's answers carry no side, so when a
 * point was examined on both sides the stronger answer stands for it (a confirmed active point on
 * one side is what the finder needs to hear).
 */
export function findingsAsPressTests(findings: readonly Finding[]): PressTestEntry[] {
  const byPoint = new Map<string, PressTestEntry["result"]>();
  for (const finding of latestFindings(findings)) {
    const answer = PRESS_ANSWER_OF_EVIDENCE[findingEvidence(finding)];
    const held = byPoint.get(finding.triggerPoint);
    if (held === undefined || STRENGTH[answer] > STRENGTH[held]) byPoint.set(finding.triggerPoint, answer);
  }
  return [...byPoint.entries()].map(([triggerPoint, result]) => ({ triggerPoint, result }));
}

/**
 * The finder's input with the clinician's findings added as press-test answers. A clinician's
 * examination is a better-done version of the person's own press on the same point, so it replaces
 * the person's answer there; the person's answers on other points stay as they were.
 */
export function withClinicianFindings(input: FindInput, findings: readonly Finding[]): FindInput {
  return withClinicianPressTests(input, findingsAsPressTests(findings));
}

/** `withClinicianFindings` for answers already made from findings (as `GET /api/findings` gives them to the web app). */
export function withClinicianPressTests(input: FindInput, clinician: readonly PressTestEntry[]): FindInput {
  if (clinician.length === 0) return input;
  const examined = new Set(clinician.map((test) => test.triggerPoint));
  const own = input.pressTests.filter((test) => !examined.has(test.triggerPoint));
  return { ...input, pressTests: [...own, ...clinician] };
}

const NOTE_OF_EVIDENCE: Record<FindingEvidence, string> = {
  "confirmed-active": "found this point active",
  "trigger-point": "found a taut band or tender spot here, but not your familiar pain",
  "not-found": "examined this point and found no trigger point",
};

/** Per point, what the clinician found in one sentence: "Your clinician found this point active on the left (2026-11-20)." */
export function clinicianNotes(findings: readonly Finding[]): Map<string, string> {
  const notes = new Map<string, string[]>();
  for (const finding of latestFindings(findings)) {
    const sentence = `Your clinician ${NOTE_OF_EVIDENCE[findingEvidence(finding)]}${sideInWords(finding.side)} (${finding.examinedAt.slice(0, 10)}).`;
    notes.set(finding.triggerPoint, [...(notes.get(finding.triggerPoint) ?? []), sentence]);
  }
  return new Map([...notes.entries()].map(([point, sentences]) => [point, sentences.join(" ")]));
}

/** The finding's point by name, for lists: "Upper trapezius, point 1 (left)". */
export function findingTitle(finding: Pick<Finding, "triggerPoint" | "side">): string {
  const name = findTriggerPoint(finding.triggerPoint)?.point.name ?? finding.triggerPoint;
  return finding.side === "midline" ? name : `${name} (${finding.side})`;
}
