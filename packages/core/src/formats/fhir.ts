import { findTriggerPoint } from "../atlas/atlas.ts";
import { InstantSchema } from "../diary/records.ts";
import type { DiarySnapshot, StoredSession } from "../diary/stored.ts";
import { methodName } from "../vocabulary/methods.ts";
import { sideOf } from "../vocabulary/vocabulary.ts";
import type { BackupPerson } from "./backup.ts";
import { questionnaireResponseOf } from "./fhir-questionnaire.ts";
import type { FhirBundle, FhirCodeableConcept, FhirObservation, FhirProcedure } from "./fhir-types.ts";
import { byDateThenInstant, diaryRatings, type DiaryRating } from "../stats/ratings.ts";
import { regionLabelWithoutSide } from "../stats/region-label.ts";
import { uuidV5 } from "./uuid.ts";

/** LOINC code of the pain ratings: a 0–10 numeric rating reported by the person. */
export const PAIN_SEVERITY_LOINC = {
  system: "http://loinc.org",
  code: "72514-3",
  display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
};

/** SNOMED CT laterality qualifiers for the person's own left and right. */
export const LATERALITY_SNOMED = {
  left: { system: "http://snomed.info/sct", code: "7771000", display: "Left" },
  right: { system: "http://snomed.info/sct", code: "24028007", display: "Right" },
} as const;

/**
 * R4 has no laterality element on `Observation.bodySite`, and putting "Left" in `bodySite.coding`
 * would claim that the site *is* "Left". The FHIR Extensions Pack (published for R4 too) defines this
 * extension for exactly the case of a body site whose code or text carries no side, in context
 * `Observation.bodySite`; so the site stays as text and the side rides on it as a qualifier.
 */
export const LATERALITY_EXTENSION_URL = "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality";

/** What a session is called in the export. */
export const SESSION_PROCEDURE_TEXT = "Myofascial trigger point self-treatment";

const SURVEY_CATEGORY: FhirCodeableConcept = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }],
};

const SOURCE_NOTES: Record<DiaryRating["source"], string> = {
  "session-before": "Rated by the person just before a self-treatment session.",
  "session-after": "Rated by the person just after a self-treatment session.",
  "check-in": "Rated by the person in a check-in outside a session.",
};

const urnOf = (name: string): string => `urn:uuid:${uuidV5(name)}`;

/** One line per point worked: name, method and dose, and the highest pressure-pain felt. */
export function describeSessionPoints(session: Pick<StoredSession, "points">): string {
  if (session.points.length === 0) return "No trigger points were recorded for this session.";
  const lines = session.points.map((point) => {
    const atlas = findTriggerPoint(point.triggerPoint);
    const dose = [point.seconds !== undefined ? `${point.seconds} s` : "", point.strokes !== undefined ? `${point.strokes} strokes` : ""];
    const parts = [methodName(point.method), ...dose.filter(Boolean), `highest pressure-pain ${point.maxPain}/10`];
    return `${atlas?.point.name ?? point.triggerPoint}: ${parts.join(", ")}`;
  });
  return `Trigger points worked:\n${lines.join("\n")}`;
}

function bodySiteOf(rating: DiaryRating): FhirCodeableConcept {
  const side = sideOf(rating.region);
  const site: FhirCodeableConcept = { text: regionLabelWithoutSide(rating.region) };
  if (side === "midline") return site;
  return { extension: [{ url: LATERALITY_EXTENSION_URL, valueCodeableConcept: { coding: [LATERALITY_SNOMED[side]] } }], ...site };
}

function observationOf(rating: DiaryRating, patientUrl: string, sessionUrl: string | undefined): FhirObservation {
  // valueInteger fits the 0–10 scale; R4 has no valueDecimal, so a fractional rating is kept exactly as a score Quantity.
  const value = Number.isInteger(rating.intensity)
    ? { valueInteger: rating.intensity }
    : { valueQuantity: { value: rating.intensity, unit: "{score}", system: "http://unitsofmeasure.org", code: "{score}" } };
  return {
    resourceType: "Observation",
    status: "final",
    category: [SURVEY_CATEGORY],
    code: { coding: [PAIN_SEVERITY_LOINC], text: "Pain intensity, 0–10" },
    subject: { reference: patientUrl },
    effectiveDateTime: rating.instant,
    ...value,
    bodySite: bodySiteOf(rating),
    ...(sessionUrl ? { partOf: [{ reference: sessionUrl }] } : {}),
    note: [{ text: SOURCE_NOTES[rating.source] }],
  };
}

function procedureOf(session: StoredSession, patientUrl: string): FhirProcedure {
  return {
    resourceType: "Procedure",
    status: "completed",
    code: { text: SESSION_PROCEDURE_TEXT },
    subject: { reference: patientUrl },
    performedDateTime: session.startedAt,
    note: [{ text: describeSessionPoints(session) }, ...(session.notes ? [{ text: `Notes by the person: ${session.notes}` }] : [])],
  };
}

/**
 * The diary as an HL7 FHIR R4 Bundle (type `collection`) for a clinician's system: one Patient, one
 * Procedure per session, one Observation per pain rating (before and after sessions, and
 * check-ins), each Observation pointing at the Patient and a session's ratings at its Procedure, and
 * one QuestionnaireResponse per outcome measure (PSFS or PGIC), oldest first.
 * `fullUrl`s are version-5 UUIDs of the record ids, so the same diary always gives the same bundle.
 * Ratings taken just after a session carry the session's start time: the diary has no end time.
 * Throws a `RangeError` when `now` is not an instant with offset.
 */
export function fhirBundle(snapshot: DiarySnapshot, person: BackupPerson, now: string): FhirBundle {
  if (!InstantSchema.safeParse(now).success) throw new RangeError(`now: must be a date and time with offset, got "${now}"`);
  const patientUrl = urnOf(`person:${person.id}`);
  const patient = { resourceType: "Patient" as const, ...(person.displayName ? { name: [{ text: person.displayName }] } : {}) };
  const sessions = [...snapshot.sessions].sort((a, b) =>
    byDateThenInstant({ localDate: a.localDate, instant: a.startedAt }, { localDate: b.localDate, instant: b.startedAt }),
  );
  const sessionUrls = new Map(sessions.map((session) => [session.id, urnOf(`session:${session.id}`)]));
  const seen = new Map<string, number>();
  const observations = diaryRatings(snapshot).map((rating) => {
    const key = `rating:${rating.recordId}:${rating.source}:${rating.region}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const sessionUrl = rating.source === "check-in" ? undefined : sessionUrls.get(rating.recordId);
    return { fullUrl: urnOf(`${key}:${occurrence}`), resource: observationOf(rating, patientUrl, sessionUrl) };
  });
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: now,
    entry: [
      { fullUrl: patientUrl, resource: patient },
      ...sessions.map((session) => ({ fullUrl: sessionUrls.get(session.id) ?? "", resource: procedureOf(session, patientUrl) })),
      ...observations,
      ...outcomeEntries(snapshot, patientUrl),
    ],
  };
}

function outcomeEntries(snapshot: DiarySnapshot, patientUrl: string) {
  const outcomes = [...snapshot.outcomes].sort((a, b) =>
    byDateThenInstant({ localDate: a.localDate, instant: a.takenAt }, { localDate: b.localDate, instant: b.takenAt }),
  );
  return outcomes.map((outcome) => ({ fullUrl: urnOf(`outcome:${outcome.id}`), resource: questionnaireResponseOf(outcome, patientUrl) }));
}
