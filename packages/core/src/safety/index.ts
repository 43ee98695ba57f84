// `@unknot/core/safety`: safety screening, conditions to rule out, widespread pain, follow-up questions and self-care.
export * from "./screen.ts";
export * from "./differentials.ts";
export * from "./widespread-pain.ts";
export * from "./follow-ups.ts";
export * from "./self-care.ts";
