// Progress statistics and diary export formats. Dates are passed in; nothing here reads a clock.
export * from "./period.ts";
export { diaryRatings, painLevelRatings, PAIN_LEVEL_SOURCES, type DiaryRating, type RatingSource } from "./ratings.ts";
export * from "./trend.ts";
export * from "./effect.ts";
export * from "./hotspots.ts";
export * from "./adherence.ts";
export * from "./backup.ts";
export * from "./csv.ts";
export * from "./outcomes-csv.ts";
export * from "./fhir.ts";
export { PGIC_TEXT, PSFS_TEXT, questionnaireResponseOf } from "./fhir-questionnaire.ts";
export type * from "./fhir-types.ts";
export { regionLabelWithoutSide } from "./region-label.ts";
export { uuidV5 } from "./uuid.ts";
export * from "./export-file.ts";
