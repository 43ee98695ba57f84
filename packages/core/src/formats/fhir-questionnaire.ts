import { PGIC_LABELS, type PgicScore } from "../diary/outcomes.ts";
import type { StoredOutcome } from "../diary/stored.ts";
import type { FhirQuestionnaireItem, FhirQuestionnaireResponse } from "./fhir-types.ts";
import { mean } from "../stats/ratings.ts";

/** What the PSFS group is called in the export. */
export const PSFS_TEXT =
  "Patient-Specific Functional Scale (Stratford et al. 1995): activities the person named, each rated from 0 (unable to do it) to 10 (as well as before the problem)";
/** What the PGIC item is called in the export. */
export const PGIC_TEXT =
  "Patient Global Impression of Change since starting self-treatment, from 1 (very much worse) through 4 (no change) to 7 (very much improved)";

function psfsItems(items: readonly { activity: string; score: number }[]): FhirQuestionnaireItem[] {
  const activities = items.map((item, index) => ({
    linkId: `psfs.${index + 1}`,
    text: `Activity ${index + 1}`,
    item: [
      { linkId: `psfs.${index + 1}.activity`, text: "Activity named by the person", answer: [{ valueString: item.activity }] },
      { linkId: `psfs.${index + 1}.score`, text: "Score, 0–10", answer: [{ valueInteger: item.score }] },
    ],
  }));
  const average = Math.round((mean(items.map((item) => item.score)) ?? 0) * 100) / 100;
  return [
    {
      linkId: "psfs",
      text: PSFS_TEXT,
      item: [...activities, { linkId: "psfs.average", text: "Average score, 0–10", answer: [{ valueDecimal: average }] }],
    },
  ];
}

function pgicItems(score: number): FhirQuestionnaireItem[] {
  return [
    { linkId: "pgic", text: PGIC_TEXT, answer: [{ valueInteger: score }] },
    { linkId: "pgic.words", text: "The answer in words", answer: [{ valueString: PGIC_LABELS[score as PgicScore] }] },
  ];
}

/**
 * One PSFS or PGIC as a completed FHIR R4 QuestionnaireResponse about the Patient. There is no
 * published FHIR Questionnaire for either scale to point at, so each item says in its text what was
 * asked and on what scale; a PSFS also carries its average.
 */
export function questionnaireResponseOf(outcome: StoredOutcome, patientUrl: string): FhirQuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    status: "completed",
    subject: { reference: patientUrl },
    authored: outcome.takenAt,
    item: outcome.measure === "psfs" ? psfsItems(outcome.items) : pgicItems(outcome.score),
  };
}
