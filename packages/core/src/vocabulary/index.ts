// `@unknot/core/vocabulary`: the contract ids (regions, muscles, symptoms, flags, safety levels, differentials)
// as typed tables, branded units and dates, "did you mean" suggestions, and the methods and their labels.
export * from "./brand.ts";
export * from "./ids.ts";
export * from "./units.ts";
export * from "./vocabulary.ts";
export * from "./suggest.ts";
export * from "./methods.ts";
export * from "./method-schema.ts";
export * from "./muscle-groups.ts";
