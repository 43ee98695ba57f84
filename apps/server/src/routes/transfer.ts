import { backupSnapshot, EXPORT_FORMATS, exportFileInfo, exportText, parseBackup } from "@unknot/core";
import { countRecords, recordPages, replaceDiary } from "@unknot/storage";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { MAX_BACKUP_BYTES, readBodyText } from "../http/body.ts";
import { z } from "zod";
import { BadRequestError } from "../http/errors.ts";
import { query } from "../http/validate.ts";
import type { DiaryDeps } from "./diary.ts";
import { ownerOf } from "./owner.ts";

const PERSON = (owner: string) => ({ id: owner, displayName: "Me" });

/** `GET /export?format=…`: one of core's export formats, a JSON backup by default. */
export const ExportQuerySchema = z.object({
  format: z
    .enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(", ")}` })
    .default("json")
    .describe("json (backup, default), csv-sessions, csv-ratings, csv-outcomes or fhir (R4 Bundle)"),
});

/** `POST /import?replace=true` replaces a diary that is not empty; without it such a diary is kept (409). */
export const ImportQuerySchema = z.object({
  replace: z
    .string()
    .optional()
    .transform((value) => value === "true")
    .describe("true to replace a diary that is not empty"),
});

/**
 * `GET /export?format=…` downloads the diary; `POST /import[?replace=true]` restores a JSON backup, first saving a
 * diary that has records to `backups/` in the data directory and answering where.
 */
export function transferRoutes(deps: DiaryDeps) {
  return (
    new Hono()
      .get("/export", query(ExportQuerySchema), async (c) => {
        const { format } = c.req.valid("query");
        const owner = ownerOf(c, deps);
        const now = deps.now();
        const { type, fileName } = exportFileInfo(format, now);
        const pieces = exportText(format, PERSON(owner), now, (kind) => recordPages(deps.store, owner, kind));
        return c.body(byteStream(pieces), 200, { "content-type": type, "content-disposition": `attachment; filename="${fileName}"` });
      })
      // The body is a backup file's own text, checked (and upgraded from older versions) by core's `parseBackup`.
      .post("/import", query(ImportQuerySchema), async (c) => {
        const parsed = parseBackup(await readBodyText(c, MAX_BACKUP_BYTES));
        if (!parsed.ok) {
          // A file that is no backup gets a sentence for a person; a backup with a bad record names the record's path.
          throw new BadRequestError(parsed.wholeFile ? parsed.error : `This backup cannot be imported: ${parsed.error}`, "backup");
        }
        const { replace } = c.req.valid("query");
        const owner = ownerOf(c, deps);
        if (!replace && (await countRecords(deps.store, owner)) > 0) {
          throw new HTTPException(409, {
            message: "The diary is not empty: importing would replace it. Send ?replace=true to replace it with the backup.",
          });
        }
        const snapshot = backupSnapshot(parsed.backup);
        const saved = await replaceDiary(deps.store, owner, snapshot, { dataDir: deps.dataDir, now: deps.now() });
        const counts = Object.fromEntries(Object.entries(snapshot).map(([kind, records]) => [kind, (records as unknown[]).length]));
        return c.json({ imported: counts, ...(saved ? { previousDiary: { name: saved.name, path: saved.path } } : {}) });
      })
  );
}

/** Text pieces as a stream of UTF-8 bytes, pulled one piece at a time as the client reads. */
function byteStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
