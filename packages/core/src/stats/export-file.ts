import type { DiarySnapshot } from "../diary/stored.ts";
import { buildBackup, serializeBackup, type BackupPerson } from "./backup.ts";
import { ratingsCsv, sessionsCsv } from "./csv.ts";
import { fhirBundle } from "./fhir.ts";

/** The export formats: a lossless JSON backup, CSV of sessions or of ratings, and a FHIR R4 Bundle. */
export const EXPORT_FORMATS = ["json", "csv-sessions", "csv-ratings", "fhir"] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An exported diary as a file: its text, media type and a dated file name. */
export interface ExportFile {
  body: string;
  type: string;
  fileName: string;
}

/** The name of a backup file made at `now`. */
export function backupFileName(now: string): string {
  return `unknot-backup-${now.slice(0, 10)}.json`;
}

/** Renders a diary in one export format; the API downloads it and the CLI prints or saves it. */
export function exportDiary(snapshot: DiarySnapshot, format: ExportFormat, person: BackupPerson, now: string): ExportFile {
  const date = now.slice(0, 10);
  switch (format) {
    case "json":
      return {
        body: serializeBackup(buildBackup(snapshot, person, now)),
        type: "application/json",
        fileName: backupFileName(now),
      };
    case "csv-sessions":
      return { body: sessionsCsv(snapshot), type: "text/csv; charset=utf-8", fileName: `unknot-sessions-${date}.csv` };
    case "csv-ratings":
      return { body: ratingsCsv(snapshot), type: "text/csv; charset=utf-8", fileName: `unknot-ratings-${date}.csv` };
    case "fhir":
      return {
        body: `${JSON.stringify(fhirBundle(snapshot, person, now), null, 2)}\n`,
        type: "application/fhir+json",
        fileName: `unknot-fhir-${date}.json`,
      };
  }
}
