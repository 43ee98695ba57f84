import { backupSnapshot, EXPORT_FORMATS, exportFileInfo, exportText, parseBackup, type ExportFormat } from "@unknot/core";
import { countRecords, recordPages, replaceDiary } from "@unknot/storage";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { MAX_BACKUP_BYTES, readBodyText } from "../http/body.ts";
import { BadRequestError } from "../http/errors.ts";
import type { DiaryDeps } from "./diary.ts";

const PERSON = (owner: string) => ({ id: owner, displayName: "Me" });

/**
 * `GET /export?format=…` downloads the diary; `POST /import[?replace=true]` restores a JSON backup, first saving a
 * diary that has records to `backups/` in the data directory and answering where.
 */
export function transferRoutes(deps: DiaryDeps) {
  return new Hono()
    .get("/export", async (c) => {
      const format = (c.req.query("format") ?? "json") as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new BadRequestError(`format: must be one of ${EXPORT_FORMATS.join(", ")}`, "format");
      const now = deps.now();
      const { type, fileName } = exportFileInfo(format, now);
      const owner = deps.owner; // read now: the pages are pulled after the handler returns, outside the request's context
      const pieces = exportText(format, PERSON(owner), now, (kind) => recordPages(deps.store, owner, kind));
      return c.body(byteStream(pieces), 200, { "content-type": type, "content-disposition": `attachment; filename="${fileName}"` });
    })
    .post("/import", async (c) => {
      const parsed = parseBackup(await readBodyText(c, MAX_BACKUP_BYTES));
      if (!parsed.ok) throw new BadRequestError(`backup: ${parsed.error}`, "backup");
      const replace = c.req.query("replace") === "true";
      if (!replace && (await countRecords(deps.store, deps.owner)) > 0) {
        throw new HTTPException(409, {
          message: "The diary is not empty: importing would replace it. Send ?replace=true to replace it with the backup.",
        });
      }
      const snapshot = backupSnapshot(parsed.backup);
      const saved = await replaceDiary(deps.store, deps.owner, snapshot, { dataDir: deps.dataDir, now: deps.now() });
      const counts = Object.fromEntries(Object.entries(snapshot).map(([kind, records]) => [kind, (records as unknown[]).length]));
      return c.json({ imported: counts, ...(saved ? { previousDiary: { name: saved.name, path: saved.path } } : {}) });
    });
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
