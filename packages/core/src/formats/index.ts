// `@unknot/core/formats`: diary export formats: the JSON backup (and reading it back), CSV and FHIR R4. Dates are passed in;
// nothing here reads a clock.
export * from "./backup.ts";
export * from "./csv.ts";
export * from "./outcomes-csv.ts";
export * from "./fhir.ts";
export { PGIC_TEXT, PSFS_TEXT, questionnaireResponseOf } from "./fhir-questionnaire.ts";
export type * from "./fhir-types.ts";
export { uuidV5 } from "./uuid.ts";
export * from "./export-file.ts";
