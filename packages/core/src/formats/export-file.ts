import { backupText, collectSnapshot, type BackupPerson, type RecordPages } from "./backup.ts";
import { ratingsCsv, sessionsCsv } from "./csv.ts";
import { fhirBundle } from "./fhir.ts";
import { outcomesCsv } from "./outcomes-csv.ts";

/** The export formats: a lossless JSON backup, CSV of sessions, of ratings or of outcome measures, and a FHIR R4 Bundle. */
export const EXPORT_FORMATS = ["json", "csv-sessions", "csv-ratings", "csv-outcomes", "fhir"] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export file's media type and dated name. */
export function exportFileInfo(format: ExportFormat, now: string): { type: string; fileName: string } {
  const date = now.slice(0, 10);
  switch (format) {
    case "json":
      return { type: "application/json", fileName: `unknot-backup-${date}.json` };
    case "csv-sessions":
      return { type: "text/csv; charset=utf-8", fileName: `unknot-sessions-${date}.csv` };
    case "csv-ratings":
      return { type: "text/csv; charset=utf-8", fileName: `unknot-ratings-${date}.csv` };
    case "csv-outcomes":
      return { type: "text/csv; charset=utf-8", fileName: `unknot-outcomes-${date}.csv` };
    case "fhir":
      return { type: "application/fhir+json", fileName: `unknot-fhir-${date}.json` };
  }
}

/**
 * A diary in one export format, as pieces of text; the API downloads them and the CLI prints or
 * saves them. The JSON backup comes a page of records at a time, so a diary of any size fits in
 * memory; the CSV and FHIR files are made from the whole diary at once.
 */
export async function* exportText(format: ExportFormat, person: BackupPerson, now: string, pages: RecordPages): AsyncGenerator<string> {
  if (format === "json") {
    yield* backupText(person, now, pages);
    return;
  }
  const snapshot = await collectSnapshot(pages);
  if (format === "csv-sessions") yield sessionsCsv(snapshot);
  else if (format === "csv-ratings") yield ratingsCsv(snapshot);
  else if (format === "csv-outcomes") yield outcomesCsv(snapshot);
  else yield `${JSON.stringify(fhirBundle(snapshot, person, now), null, 2)}\n`;
}
