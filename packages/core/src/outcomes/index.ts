// `@unknot/core/outcomes`: outcome measures (PSFS, PGIC, pain), whether their change is meaningful, and keeping to a weekly goal. Dates are passed in.
export * from "./thresholds.ts";
export * from "./judge.ts";
export * from "./measures.ts";
export * from "./change.ts";
export * from "./keeping-going.ts";
export * from "./summary.ts";
export * from "./words.ts";
