// The FHIR R4 resources of the clinic exports, built on the shared types of the diary export.
import type { FhirAnnotation, FhirCodeableConcept, FhirPatient, FhirReference } from "../formats/fhir-types.ts";

/** A clinician, by a reference only: Unknot keeps no details about them beyond their account. */
export interface FhirPractitioner {
  resourceType: "Practitioner";
  name?: { text: string }[];
}

/** One criterion of the examination as an Observation component. */
export interface FhirObservationComponent {
  code: FhirCodeableConcept;
  valueBoolean: boolean;
}

/** A clinician's trigger point finding as an examination Observation. */
export interface FhirFindingObservation {
  resourceType: "Observation";
  status: "final";
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject: FhirReference;
  performer: FhirReference[];
  effectiveDateTime: string;
  valueCodeableConcept: FhirCodeableConcept;
  bodySite: FhirCodeableConcept;
  component: FhirObservationComponent[];
  note?: FhirAnnotation[];
}

/** FHIR Timing: so many times per period, within bounds. */
export interface FhirTiming {
  repeat: { boundsPeriod: { start: string; end: string }; frequency: number; period: number; periodUnit: "wk" };
}

/** One point of a programme as a ServiceRequest the CarePlan's activity points at. */
export interface FhirServiceRequest {
  resourceType: "ServiceRequest";
  status: "active" | "completed";
  intent: "plan";
  code: FhirCodeableConcept;
  subject: FhirReference;
  requester: FhirReference;
  authoredOn: string;
  occurrenceTiming: FhirTiming;
  bodySite: FhirCodeableConcept[];
  patientInstruction: string;
  reasonReference?: FhirReference[];
}

/** One activity of a CarePlan: a ServiceRequest, or a movement described inline. */
export type FhirCarePlanActivity =
  { reference: FhirReference } | { detail: { status: "scheduled" | "completed"; description: string; scheduledTiming: FhirTiming } };

/** A home programme as a CarePlan. */
export interface FhirCarePlan {
  resourceType: "CarePlan";
  status: "active" | "completed";
  intent: "plan";
  title: string;
  description?: string;
  subject: FhirReference;
  author: FhirReference;
  created: string;
  period: { start: string; end: string };
  activity: FhirCarePlanActivity[];
  note: FhirAnnotation[];
}

/** Any resource of a clinic export. */
export type FhirClinicResource = FhirPatient | FhirPractitioner | FhirFindingObservation | FhirServiceRequest | FhirCarePlan;

/** A FHIR R4 Bundle of type `collection` holding a clinic export. */
export interface FhirClinicBundle {
  resourceType: "Bundle";
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: FhirClinicResource }[];
}
