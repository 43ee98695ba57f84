export * from "./finding.ts";
export * from "./finder-evidence.ts";
export * from "./programme.ts";
export * from "./programme-routine.ts";
export * from "./adherence.ts";
export * from "./pain-change.ts";
export * from "./dashboard.ts";
export * from "./fhir.ts";
export type * from "./fhir-types.ts";
