import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { BadRequestError } from "./errors.ts";
import { incomingOf, requestHeader } from "./node-http.ts";

/** Request bodies above this size are refused with 413: no legitimate diary entry comes near it. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A backup holds a whole diary: 100,000 sessions export to about 80 MB. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** 413: the body is over the route's limit. */
class PayloadTooLargeError extends HTTPException {
  constructor(maxBytes: number) {
    super(413, { message: `The request body is larger than ${maxBytes} bytes.` });
  }
}

/**
 * Reads the request body as text, refusing more than `maxBytes` (413) before or while it arrives.
 * Under Node it reads the socket's IncomingMessage directly: building a web Request and its stream
 * for every write was a tenth of the server's work per diary entry.
 */
export async function readBodyText(c: Context, maxBytes: number = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(requestHeader(c, "content-length") ?? 0);
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const chunks = incomingOf(c) ?? c.req.raw.body;
  if (!chunks) return "";
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new PayloadTooLargeError(maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts, size).toString("utf8");
}

/**
 * Reads the request body and checks it is JSON, or fails with a 400 that says it is empty or not JSON. Answers the text:
 * the route's validator (http/validate.ts) parses it into the value it checks.
 */
export async function readJsonText(c: Context, maxBytes: number = MAX_BODY_BYTES): Promise<string> {
  const text = await readBodyText(c, maxBytes);
  if (text.trim() === "") throw new BadRequestError("The request body is empty; send JSON.", "body");
  try {
    JSON.parse(text);
  } catch {
    throw new BadRequestError("The request body is not valid JSON.", "body");
  }
  return text;
}
