import type { FindingInput, ProgrammeDraft } from "@unknot/core/clinic";
import type { InferResponseType } from "hono/client";
import { answer, api, SAYS_JSON } from "./client.ts";

const person = api.api.people[":personId"];

/** A programme with what it is followed by: adherence, the sessions run from it, the pain trend and the routine to run. */
export type ProgrammeView = InferResponseType<typeof person.programmes.$get, 200>["programmes"][number];

/** One row of the clinician's dashboard. */
export type DashboardRowAnswer = InferResponseType<typeof api.api.clinician.dashboard.$get, 200>["rows"][number];

/** The clinician's dashboard, those needing attention first. */
export async function fetchDashboard() {
  return (await answer(() => api.api.clinician.dashboard.$get())).rows;
}

/** A person's findings, oldest examination first. */
export async function fetchFindings(personId: string) {
  return (await answer(() => person.findings.$get({ param: { personId } }))).findings;
}

/** Records a finding about a person. */
export function recordFinding(personId: string, input: FindingInput) {
  return answer(() => person.findings.$post({ param: { personId }, json: input }));
}

/** Deletes a finding the signed-in clinician wrote. */
export async function deleteFinding(personId: string, id: string): Promise<void> {
  await answer(() => person.findings[":id"].$delete({ param: { personId, id } }, SAYS_JSON));
}

/** A person's programmes with adherence, newest start first. */
export async function fetchProgrammes(personId: string) {
  return (await answer(() => person.programmes.$get({ param: { personId } }))).programmes;
}

/** Assigns a programme to a person. */
export function assignProgramme(personId: string, draft: ProgrammeDraft) {
  return answer(() => person.programmes.$post({ param: { personId }, json: draft }));
}

/** The address of a FHIR export, for a download link. */
export function fhirAddress(personId: string, what: { programmeId: string } | "findings"): string {
  const base = `/api/people/${encodeURIComponent(personId)}`;
  return what === "findings" ? `${base}/findings/fhir` : `${base}/programmes/${encodeURIComponent(what.programmeId)}/fhir`;
}

/** The signed-in person's own programmes, with the routine to run each. */
export async function fetchMyProgrammes() {
  return (await answer(() => api.api.programmes.$get())).programmes;
}

/** What the person's clinicians found, as sentences per point and as the finder's press-test answers. */
export function fetchMyFindings() {
  return answer(() => api.api.findings.$get());
}
