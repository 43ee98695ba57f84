// `@unknot/core/atlas`: every muscle and trigger point (validated by `schema.ts`, whose types `types.ts` infers),
// cautions, sources, prevalence words, pain ceilings and the atlas as a JSON document.
export * from "./atlas.ts";
export * from "./cautions.ts";
export * from "./sources.ts";
export * from "./prevalence.ts";
export { DEFAULT_PAIN_CEILING, MAX_PAIN_CEILING, painCeilingOf } from "./pain-ceiling.ts";
export type * from "./types.ts";
export * from "./export.ts";
