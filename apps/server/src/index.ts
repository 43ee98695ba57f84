export { createApp, type AppDeps, type AppType } from "./app.ts";
export { openPostgres, openSqlite, openStore, type Dialect, type Store } from "./db/connect.ts";
export { migrate, readMigrations, UnknownMigrationsError } from "./db/migrate.ts";
export type { ErrorBody } from "./http/errors.ts";
