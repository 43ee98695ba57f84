import { backupSnapshot, buildBackup, fhirBundle, parseBackup, ratingsCsv, serializeBackup, sessionsCsv } from "@unknot/core";
import { countRecords, loadSnapshot, replaceSnapshot } from "@unknot/storage";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { BadRequestError } from "../http/errors.ts";
import type { DiaryDeps } from "./diary.ts";

/** The export formats: a lossless JSON backup, CSV of sessions or of ratings, and a FHIR R4 Bundle. */
export const EXPORT_FORMATS = ["json", "csv-sessions", "csv-ratings", "fhir"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PERSON = (owner: string) => ({ id: owner, displayName: "Me" });

/** `GET /export?format=…` downloads the diary; `POST /import[?replace=true]` restores a JSON backup. */
export function transferRoutes(deps: DiaryDeps) {
  return new Hono()
    .get("/export", async (c) => {
      const format = (c.req.query("format") ?? "json") as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new BadRequestError(`format: must be one of ${EXPORT_FORMATS.join(", ")}`, "format");
      const snapshot = await loadSnapshot(deps.store, deps.owner);
      const now = deps.now();
      const date = now.slice(0, 10);
      const file = {
        json: () => ({
          body: serializeBackup(buildBackup(snapshot, PERSON(deps.owner), now)),
          type: "application/json",
          name: `unknot-backup-${date}.json`,
        }),
        "csv-sessions": () => ({ body: sessionsCsv(snapshot), type: "text/csv; charset=utf-8", name: `unknot-sessions-${date}.csv` }),
        "csv-ratings": () => ({ body: ratingsCsv(snapshot), type: "text/csv; charset=utf-8", name: `unknot-ratings-${date}.csv` }),
        fhir: () => ({
          body: JSON.stringify(fhirBundle(snapshot, PERSON(deps.owner), now), null, 2),
          type: "application/fhir+json",
          name: `unknot-fhir-${date}.json`,
        }),
      }[format]();
      return c.body(file.body, 200, { "content-type": file.type, "content-disposition": `attachment; filename="${file.name}"` });
    })
    .post("/import", async (c) => {
      const parsed = parseBackup(await c.req.text());
      if (!parsed.ok) throw new BadRequestError(`backup: ${parsed.error}`, "backup");
      const replace = c.req.query("replace") === "true";
      if (!replace && (await countRecords(deps.store, deps.owner)) > 0) {
        throw new HTTPException(409, {
          message: "The diary is not empty: importing would replace it. Send ?replace=true to replace it with the backup.",
        });
      }
      const snapshot = backupSnapshot(parsed.backup);
      await replaceSnapshot(deps.store, deps.owner, snapshot);
      const counts = Object.fromEntries(Object.entries(snapshot).map(([kind, records]) => [kind, (records as unknown[]).length]));
      return c.json({ imported: counts });
    });
}
