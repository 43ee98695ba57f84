export { createApp, type AppDeps, type AppType } from "./app.ts";
export type { ErrorBody } from "./http/errors.ts";
export type { AccountsDatabase } from "./auth/tables.ts";
