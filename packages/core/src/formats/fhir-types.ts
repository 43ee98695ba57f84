// The small part of HL7 FHIR R4 that the export writes, typed so the shape is checked at compile time.

/** A FHIR Coding. */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

/** A FHIR Extension carrying a CodeableConcept. */
export interface FhirExtension {
  url: string;
  valueCodeableConcept: FhirCodeableConcept;
}

/** A FHIR CodeableConcept. */
export interface FhirCodeableConcept {
  extension?: FhirExtension[];
  coding?: FhirCoding[];
  text?: string;
}

/** A FHIR Reference by the target's `fullUrl`. */
export interface FhirReference {
  reference: string;
}

/** A FHIR Annotation (free-text note). */
export interface FhirAnnotation {
  text: string;
}

/** The FHIR Patient the export is about. */
export interface FhirPatient {
  resourceType: "Patient";
  name?: { text: string }[];
}

/** A pain rating as a FHIR Observation. */
export interface FhirObservation {
  resourceType: "Observation";
  status: "final";
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject: FhirReference;
  effectiveDateTime: string;
  valueInteger?: number;
  valueQuantity?: { value: number; unit: string; system: string; code: string };
  bodySite: FhirCodeableConcept;
  partOf?: FhirReference[];
  note: FhirAnnotation[];
}

/** A self-treatment session as a FHIR Procedure. */
export interface FhirProcedure {
  resourceType: "Procedure";
  status: "completed";
  code: FhirCodeableConcept;
  subject: FhirReference;
  performedDateTime: string;
  note: FhirAnnotation[];
}

/** One answer of a QuestionnaireResponse item. */
export type FhirAnswer = { valueInteger: number } | { valueDecimal: number } | { valueString: string };

/** An item of a QuestionnaireResponse: a group of items, or a question with its answers. */
export interface FhirQuestionnaireItem {
  linkId: string;
  text: string;
  answer?: FhirAnswer[];
  item?: FhirQuestionnaireItem[];
}

/** An outcome measure (PSFS or PGIC) as a FHIR QuestionnaireResponse. */
export interface FhirQuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  status: "completed";
  subject: FhirReference;
  authored: string;
  item: FhirQuestionnaireItem[];
}

/** Any resource the export writes. */
export type FhirResource = FhirPatient | FhirObservation | FhirProcedure | FhirQuestionnaireResponse;

/** A FHIR R4 Bundle of type `collection`. */
export interface FhirBundle {
  resourceType: "Bundle";
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}
