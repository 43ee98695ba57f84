// `@unknot/core/stats`: progress statistics. Dates are passed in; nothing here reads a clock. (Export formats: `formats/`.)
export * from "./period.ts";
export { diaryRatings, painLevelRatings, PAIN_LEVEL_SOURCES, type DiaryRating, type RatingSource } from "./ratings.ts";
export * from "./trend.ts";
export * from "./effect.ts";
export * from "./hotspots.ts";
export * from "./adherence.ts";
export { regionLabelWithoutSide } from "./region-label.ts";
