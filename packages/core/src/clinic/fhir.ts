import { findTriggerPoint } from "../atlas/atlas.ts";
import { InstantSchema } from "../diary/records.ts";
import type { BackupPerson } from "../formats/backup.ts";
import { LATERALITY_EXTENSION_URL, LATERALITY_SNOMED } from "../formats/fhir.ts";
import type { FhirCodeableConcept } from "../formats/fhir-types.ts";
import { uuidV5 } from "../formats/uuid.ts";
import { methodName } from "../vocabulary/methods.ts";
import type { FhirCarePlan, FhirClinicBundle, FhirFindingObservation, FhirServiceRequest, FhirTiming } from "./fhir-types.ts";
import { criteriaInWords, findingEvidence, type Finding } from "./finding.ts";
import { programmeEndsOn, type Programme, type ProgrammePoint } from "./programme.ts";

const EXAM_CATEGORY: FhirCodeableConcept = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "exam", display: "Exam" }],
};

/** What the Observation is about. No standard code names a trigger point examination, so it is said in text. */
export const FINDING_CODE_TEXT = "Myofascial trigger point examination (2018 expert consensus criteria)";

const CRITERIA_TEXT = {
  tautBand: "Taut band",
  hypersensitiveSpot: "Hypersensitive spot",
  recognisedReferredPain: "Referred pain recognised by the person",
  localTwitchResponse: "Local twitch response",
  jumpSign: "Jump sign",
} as const;

const urnOf = (name: string): string => `urn:uuid:${uuidV5(name)}`;

/** Who the export is about and by whom, with the instant it is written. */
export interface ClinicExportContext {
  person: BackupPerson;
  /** The clinician's user id and, if known, name. */
  clinician: { id: string; name?: string | undefined };
  now: string;
}

function assertNow(now: string): void {
  if (!InstantSchema.safeParse(now).success) throw new RangeError(`now: must be a date and time with offset, got "${now}"`);
}

function pointSite(triggerPoint: string, side: "left" | "right" | "midline"): FhirCodeableConcept {
  const entry = findTriggerPoint(triggerPoint);
  const site: FhirCodeableConcept = { text: entry ? `${entry.point.name}, ${entry.muscle.name.toLowerCase()} muscle` : triggerPoint };
  if (side === "midline") return site;
  return { extension: [{ url: LATERALITY_EXTENSION_URL, valueCodeableConcept: { coding: [LATERALITY_SNOMED[side]] } }], ...site };
}

function people(context: ClinicExportContext) {
  const patientUrl = urnOf(`person:${context.person.id}`);
  const practitionerUrl = urnOf(`clinician:${context.clinician.id}`);
  const entries = [
    {
      fullUrl: patientUrl,
      resource: {
        resourceType: "Patient" as const,
        ...(context.person.displayName ? { name: [{ text: context.person.displayName }] } : {}),
      },
    },
    {
      fullUrl: practitionerUrl,
      resource: { resourceType: "Practitioner" as const, ...(context.clinician.name ? { name: [{ text: context.clinician.name }] } : {}) },
    },
  ];
  return { patientUrl, practitionerUrl, entries };
}

/** A clinic export as a FHIR `collection` Bundle, stamped with the time of the export. */
function collection(now: string, entry: FhirClinicBundle["entry"]): FhirClinicBundle {
  return { resourceType: "Bundle", type: "collection", timestamp: now, entry };
}

/** One finding as an examination Observation: the point as body site with its side, each criterion as a component. */
export function findingObservation(finding: Finding, patientUrl: string, practitionerUrl: string): FhirFindingObservation {
  const evidence = findingEvidence(finding);
  const status = finding.status === "active" ? "Active trigger point" : "Latent trigger point";
  const value =
    evidence === "not-found" ? "No trigger point found" : evidence === "confirmed-active" ? status : `${status} (criteria incomplete)`;
  const components = (Object.keys(CRITERIA_TEXT) as (keyof typeof CRITERIA_TEXT)[])
    .filter((key) => finding.criteria[key] !== undefined)
    .map((key) => ({ code: { text: CRITERIA_TEXT[key] }, valueBoolean: finding.criteria[key] === true }));
  return {
    resourceType: "Observation",
    status: "final",
    category: [EXAM_CATEGORY],
    code: { text: FINDING_CODE_TEXT },
    subject: { reference: patientUrl },
    performer: [{ reference: practitionerUrl }],
    effectiveDateTime: finding.examinedAt,
    valueCodeableConcept: { text: value },
    bodySite: pointSite(finding.triggerPoint, finding.side),
    component: components,
    note: [{ text: `Criteria found: ${criteriaInWords(finding.criteria)}.` }, ...(finding.notes ? [{ text: finding.notes }] : [])],
  };
}

/**
 * A person's findings as a FHIR R4 Bundle (`collection`): the Patient, the examining clinician as a
 * Practitioner, and one Observation per finding, oldest examination first. Ids are version-5 UUIDs
 * of the record ids, so the same findings always give the same bundle.
 */
export function fhirFindingsBundle(findings: readonly Finding[], context: ClinicExportContext): FhirClinicBundle {
  assertNow(context.now);
  const { patientUrl, practitionerUrl, entries } = people(context);
  const ordered = [...findings].sort((a, b) => Date.parse(a.examinedAt) - Date.parse(b.examinedAt) || (a.id < b.id ? -1 : 1));
  return collection(context.now, [
    ...entries,
    ...ordered.map((f) => ({ fullUrl: urnOf(`finding:${f.id}`), resource: findingObservation(f, patientUrl, practitionerUrl) })),
  ]);
}

function timingOf(programme: Programme): FhirTiming {
  return {
    repeat: {
      boundsPeriod: { start: programme.startsOn, end: programmeEndsOn(programme) },
      frequency: programme.timesPerWeek,
      period: 1,
      periodUnit: "wk",
    },
  };
}

function doseInWords(point: ProgrammePoint): string {
  return point.dose.kind === "hold" ? `hold ${point.dose.seconds} seconds` : `${point.dose.count} slow strokes`;
}

/**
 * A home programme as a FHIR R4 Bundle (`collection`): Patient, Practitioner, one CarePlan whose
 * activities reference one ServiceRequest per point (method, dose, side, frequency and the pain
 * ceiling in the instruction) and describe the paired movements inline, and the Observations of the
 * findings the points came from, which the ServiceRequests give as their reason.
 */
export function fhirProgrammeBundle(programme: Programme, findings: readonly Finding[], context: ClinicExportContext): FhirClinicBundle {
  assertNow(context.now);
  const { patientUrl, practitionerUrl, entries } = people(context);
  const today = context.now.slice(0, 10);
  const status = programmeEndsOn(programme) < today ? "completed" : "active";
  const used = findings.filter((f) => programme.points.some((p) => p.findingId === f.id));
  const findingUrls = new Map(used.map((f) => [f.id, urnOf(`finding:${f.id}`)]));
  const requests = programme.points.map((point, index) => ({
    fullUrl: urnOf(`programme:${programme.id}:point:${index}`),
    resource: serviceRequestOf(programme, point, {
      patientUrl,
      practitionerUrl,
      status,
      reason: point.findingId ? findingUrls.get(point.findingId) : undefined,
    }),
  }));
  const carePlan: FhirCarePlan = {
    resourceType: "CarePlan",
    status,
    intent: "plan",
    title: programme.title,
    ...(programme.notes ? { description: programme.notes } : {}),
    subject: { reference: patientUrl },
    author: { reference: practitionerUrl },
    created: programme.createdAt,
    period: { start: programme.startsOn, end: programmeEndsOn(programme) },
    activity: [
      ...requests.map((request) => ({ reference: { reference: request.fullUrl } })),
      ...programme.movements.map((movement) => ({
        detail: {
          status: status === "completed" ? ("completed" as const) : ("scheduled" as const),
          description: movement.instructions ? `${movement.name}: ${movement.instructions}` : movement.name,
          scheduledTiming: timingOf(programme),
        },
      })),
    ],
    note: [
      { text: `Keep the pressure-pain at or below ${programme.painCeiling}/10. Stop at once on sharp, electric or spreading numb pain.` },
    ],
  };
  return collection(context.now, [
    ...entries,
    { fullUrl: urnOf(`programme:${programme.id}`), resource: carePlan },
    ...requests,
    ...used.map((f) => ({ fullUrl: findingUrls.get(f.id) ?? "", resource: findingObservation(f, patientUrl, practitionerUrl) })),
  ]);
}

function serviceRequestOf(
  programme: Programme,
  point: ProgrammePoint,
  refs: { patientUrl: string; practitionerUrl: string; status: "active" | "completed"; reason: string | undefined },
): FhirServiceRequest {
  const name = findTriggerPoint(point.triggerPoint)?.point.name ?? point.triggerPoint;
  const side = point.side === "midline" ? "" : `, ${point.side} side`;
  return {
    resourceType: "ServiceRequest",
    status: refs.status,
    intent: "plan",
    code: { text: `Self-treatment of a myofascial trigger point: ${name}${side}` },
    subject: { reference: refs.patientUrl },
    requester: { reference: refs.practitionerUrl },
    authoredOn: programme.createdAt,
    occurrenceTiming: timingOf(programme),
    bodySite: [pointSite(point.triggerPoint, point.side)],
    patientInstruction: `${methodName(point.method)}: ${doseInWords(point)}, ${programme.timesPerWeek} times a week for ${programme.weeks} weeks; pressure-pain at most ${programme.painCeiling}/10.`,
    ...(refs.reason ? { reasonReference: [{ reference: refs.reason }] } : {}),
  };
}
