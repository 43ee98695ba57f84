// `@unknot/core/diary`: the diary's record schemas, outcome measures, and the registry of record kinds
// (schema, stored shape, table, API path, upgrades) that storage, the server, the CLI and the formats read.
export * from "./records.ts";
export * from "./outcomes.ts";
export * from "./kinds.ts";
export type * from "./stored.ts";
