import type { InferResponseType } from "hono/client";
import { answer, api } from "./client.ts";

/** The export formats the server offers, with what each is for. */
export const EXPORTS = [
  {
    format: "json",
    label: "Backup (JSON)",
    about: "Everything in your diary, to restore on this or another device. Keep it somewhere safe: it holds health information.",
  },
  {
    format: "csv-sessions",
    label: "Sessions (CSV)",
    about:
      "One row per session, for a spreadsheet: the points worked and how, the strongest pressure, your pain before and after, and your notes.",
  },
  { format: "csv-ratings", label: "Pain ratings (CSV)", about: "One row per pain rating, before and after sessions and at check-ins." },
  {
    format: "csv-outcomes",
    label: "Outcome measures (CSV)",
    about: "One row per activity of each PSFS, and one per PGIC: what you can do, and how things changed overall.",
  },
  {
    format: "fhir",
    label: "FHIR R4 bundle",
    about: "A standard health-record format some clinics and apps can read. Ask your clinician before sending it.",
  },
] as const;

/** The address that downloads one export format (a link, so the browser saves the file itself). */
export function exportUrl(format: (typeof EXPORTS)[number]["format"]): string {
  return `/api/export?format=${format}`;
}

/** What an import did: the records restored and, when it replaced a diary with records, where the server saved that diary. */
export type ImportResult = InferResponseType<typeof api.api.import.$post, 200>;

/** Records of each kind restored from a backup. */
export type ImportCounts = ImportResult["imported"];

/**
 * Restores a backup file's text into the diary. Without `replace`, the server refuses (409) when the diary already holds
 * records; a file that is not a backup is refused (400) with a message saying what is wrong. The file's text is sent as
 * it is (the server parses and upgrades it), so the body is the one request body not built by the typed client.
 */
export function importBackup(text: string, replace: boolean): Promise<ImportResult> {
  return answer(() =>
    api.api.import.$post(
      { query: replace ? { replace: "true" } : {} },
      { init: { body: text, headers: { "content-type": "application/json" } } },
    ),
  );
}
