import type {
  DashboardRow,
  Finding,
  FindingInput,
  Programme,
  ProgrammeAdherence,
  ProgrammeDraft,
  PressTestEntry,
  RoutineInput,
  StoredSession,
  TrendPoint,
} from "@unknot/core";
import { callApi } from "../data/api-call.ts";

/** A programme with what it is followed by: adherence, the sessions run from it, the pain trend and the routine to run. */
export interface ProgrammeView {
  programme: Programme;
  adherence: ProgrammeAdherence;
  sessions: StoredSession[];
  painTrend: TrendPoint[];
  routine: RoutineInput;
}

/** A person who shares their records with the signed-in clinician. */
export interface SharedPerson {
  personId: string;
  name: string;
  since: string;
}

const send = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

const personPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

/** The clinician's dashboard, those needing attention first. */
export async function fetchDashboard(): Promise<DashboardRow[]> {
  return (await callApi<{ rows: DashboardRow[] }>(() => fetch("/api/clinician/dashboard"))).rows;
}

/** The people who share with the signed-in clinician. */
export async function fetchSharedPeople(): Promise<SharedPerson[]> {
  return (await callApi<{ people: SharedPerson[] }>(() => fetch("/api/shares/people"))).people;
}

/** A person's findings, oldest examination first. */
export async function fetchFindings(personId: string): Promise<Finding[]> {
  return (await callApi<{ findings: Finding[] }>(() => fetch(`${personPath(personId)}/findings`))).findings;
}

/** Records a finding about a person. */
export function recordFinding(personId: string, input: FindingInput): Promise<Finding> {
  return callApi<Finding>(() => fetch(`${personPath(personId)}/findings`, send("POST", input)));
}

/** Deletes a finding the signed-in clinician wrote. */
export async function deleteFinding(personId: string, id: string): Promise<void> {
  const res = await fetch(`${personPath(personId)}/findings/${encodeURIComponent(id)}`, send("DELETE"));
  if (!res.ok) await callApi(() => Promise.resolve(res));
}

/** A person's programmes with adherence, newest start first. */
export async function fetchProgrammes(personId: string): Promise<ProgrammeView[]> {
  return (await callApi<{ programmes: ProgrammeView[] }>(() => fetch(`${personPath(personId)}/programmes`))).programmes;
}

/** Assigns a programme to a person. */
export function assignProgramme(personId: string, draft: ProgrammeDraft): Promise<Programme> {
  return callApi<Programme>(() => fetch(`${personPath(personId)}/programmes`, send("POST", draft)));
}

/** The address of a FHIR export, for a download link. */
export function fhirAddress(personId: string, what: { programmeId: string } | "findings"): string {
  return what === "findings"
    ? `${personPath(personId)}/findings/fhir`
    : `${personPath(personId)}/programmes/${encodeURIComponent(what.programmeId)}/fhir`;
}

/** The signed-in person's own programmes, with the routine to run each. */
export async function fetchMyProgrammes(): Promise<ProgrammeView[]> {
  return (await callApi<{ programmes: ProgrammeView[] }>(() => fetch("/api/programmes"))).programmes;
}

/** What the person's clinicians found, as sentences per point and as the finder's press-test answers. */
export function fetchMyFindings(): Promise<{ findings: Finding[]; notes: Record<string, string>; pressTests: PressTestEntry[] }> {
  return callApi(() => fetch("/api/findings"));
}
