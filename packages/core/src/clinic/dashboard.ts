import type { DiarySnapshot, StoredAssessment } from "../diary/stored.ts";
import type { SafetyLevel } from "../vocabulary/ids.ts";
import { addDays } from "../stats/period.ts";
import { programmeAdherence, type ProgrammeAdherence } from "./adherence.ts";
import { recentPainChange, type RecentPainChange } from "./pain-change.ts";
import type { Programme } from "./programme.ts";

/** One person who shared their diary with the clinician, with what the dashboard reads. */
export interface DashboardPerson {
  personId: string;
  name: string;
  snapshot: DiarySnapshot;
  programmes: readonly Programme[];
}

/** Why a person needs attention, most urgent kind first. */
export type AttentionKind = "red-flag" | "pain-worse" | "adherence-falling";

/** One line of the dashboard. */
export interface DashboardRow {
  personId: string;
  name: string;
  /** Everything that needs attention, most urgent first; empty when nothing does. */
  attention: { kind: AttentionKind; reason: string }[];
  pain: RecentPainChange;
  /** The current programme's adherence (the newest one that has started and not ended), if any. */
  adherence: (ProgrammeAdherence & { programmeId: string; title: string }) | undefined;
  lastSessionOn: string | undefined;
  /** The gravest safety level of a recent assessment, when it asks for a clinician or more. */
  flagLevel: SafetyLevel | undefined;
}

/** An assessment this recent still counts for the dashboard. */
export const RECENT_ASSESSMENT_DAYS = 30;

const FLAG_LEVELS: readonly SafetyLevel[] = ["emergency", "urgent", "see-clinician"];
const KIND_ORDER: readonly AttentionKind[] = ["red-flag", "pain-worse", "adherence-falling"];

/**
 * The clinician's people, those needing attention first: a red flag in an assessment of the last 30
 * days (the gravest level first), then pain getting worse (the largest rise first), then adherence
 * falling (the lowest rate first); people with nothing to flag follow by name. Each reason is a
 * sentence the clinician can act on.
 */
export function dashboard(people: readonly DashboardPerson[], today: string): DashboardRow[] {
  return people.map((person) => rowOf(person, today)).sort(byUrgency);
}

function rowOf(person: DashboardPerson, today: string): DashboardRow {
  const flag = redFlag(person.snapshot.assessments, today);
  const pain = recentPainChange(person.snapshot, today);
  const adherence = currentAdherence(person, today);
  const attention: DashboardRow["attention"] = [];
  if (flag) attention.push({ kind: "red-flag", reason: flag.reason });
  if (pain.direction === "worse")
    attention.push({
      kind: "pain-worse",
      reason: `Pain is worse: ${fixed(pain.recent)}/10 on average this week, against ${fixed(pain.earlier)}/10 in the two weeks before.`,
    });
  if (adherence?.trend === "falling") attention.push({ kind: "adherence-falling", reason: adherenceReason(adherence) });
  const last = [...person.snapshot.sessions]
    .map((session) => session.localDate)
    .sort()
    .at(-1);
  return { personId: person.personId, name: person.name, attention, pain, adherence, lastSessionOn: last, flagLevel: flag?.level };
}

function redFlag(assessments: readonly StoredAssessment[], today: string): { level: SafetyLevel; reason: string } | undefined {
  const since = addDays(today, -RECENT_ASSESSMENT_DAYS);
  const flagged = assessments
    .filter((a) => a.localDate >= since && a.localDate <= today && FLAG_LEVELS.includes(a.result.safety.level))
    .sort(
      (a, b) =>
        FLAG_LEVELS.indexOf(a.result.safety.level) - FLAG_LEVELS.indexOf(b.result.safety.level) || (a.localDate < b.localDate ? 1 : -1),
    );
  const worst = flagged[0];
  if (!worst) return undefined;
  const why = worst.result.safety.reasons[0];
  const level = worst.result.safety.level;
  return { level, reason: `Red flag (${level.replace("-", " ")}) in the assessment of ${worst.localDate}${why ? `: ${why}` : "."}` };
}

function currentAdherence(person: DashboardPerson, today: string): DashboardRow["adherence"] {
  const current = [...person.programmes]
    .filter((programme) => programme.startsOn <= today)
    .sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0))[0];
  if (!current) return undefined;
  return { ...programmeAdherence(current, person.snapshot, today), programmeId: current.id, title: current.title };
}

function adherenceReason(adherence: NonNullable<DashboardRow["adherence"]>): string {
  const last = adherence.weeks.filter((week) => week.complete).at(-1);
  const week = last ? ` in week ${last.number} (${last.done} of ${last.planned} sessions)` : "";
  return `Adherence is falling: ${percent(adherence.rate)} of the sessions of "${adherence.title}" done so far, fewer${week}.`;
}

function severity(row: DashboardRow): number[] {
  const kind = row.attention[0]?.kind;
  const rank = kind === undefined ? KIND_ORDER.length : KIND_ORDER.indexOf(kind);
  const levelRank = row.flagLevel === undefined ? 0 : FLAG_LEVELS.indexOf(row.flagLevel);
  const rise = (row.pain.recent ?? 0) - (row.pain.earlier ?? 0);
  return [rank, levelRank, kind === "pain-worse" ? -rise : 0, kind === "adherence-falling" ? (row.adherence?.rate ?? 0) : 0];
}

function byUrgency(a: DashboardRow, b: DashboardRow): number {
  const [sa, sb] = [severity(a), severity(b)];
  for (let i = 0; i < sa.length; i++) if ((sa[i] ?? 0) !== (sb[i] ?? 0)) return (sa[i] ?? 0) - (sb[i] ?? 0);
  return a.name.localeCompare(b.name, "en") || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);
}

const fixed = (value: number | undefined): string => (value === undefined ? "?" : value.toFixed(1));
const percent = (rate: number | undefined): string => (rate === undefined ? "none" : `${Math.round(rate * 100)} %`);
