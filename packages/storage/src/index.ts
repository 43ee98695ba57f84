export { openPostgres, openSqlite, openStore, type Dialect, type Store } from "./connect.ts";
export { migrate, readMigrations, UnknownMigrationsError } from "./migrate.ts";
export * from "./diary.ts";
export { INPUT_SCHEMAS, KINDS, type RecordInputs, type RecordKind } from "./kinds.ts";
export { upgradeDocument, type UpgradeStep } from "./upgrade.ts";
export type { Database } from "./schema.ts";
export { newRecordId, uuidV7 } from "./ids.ts";
export { countRecords, loadSnapshot } from "./snapshot.ts";
// A diary is replaced only through replaceDiary, which saves the old one first.
export { BACKUPS_KEPT, backupDiary, backupsDir, findBackup, listBackups, replaceDiary, type BackupFile } from "./backups.ts";
export * from "./clinic.ts";
