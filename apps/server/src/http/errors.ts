import type { Context } from "hono";
import { BadCursorError, RecordNotFoundError } from "@unknot/storage";
import { HTTPException } from "hono/http-exception";

/** The JSON body of every error response: a message a person can read, and the offending field when there is one. */
export interface ErrorBody {
  error: { message: string; field?: string };
}

/** A client error that names the field at fault. */
export class BadRequestError extends HTTPException {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(400, { message });
  }
}

/** Turns any thrown error into a JSON response; unexpected errors are logged and answered with 500 without details. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof BadRequestError) {
    return c.json<ErrorBody>({ error: { message: error.message, ...(error.field ? { field: error.field } : {}) } }, 400);
  }
  if (error instanceof RecordNotFoundError) return c.json<ErrorBody>({ error: { message: error.message } }, 404);
  if (error instanceof BadCursorError) return c.json<ErrorBody>({ error: { message: `cursor: ${error.message}`, field: "cursor" } }, 400);
  if (error instanceof HTTPException) {
    return c.json<ErrorBody>({ error: { message: error.message || "Request failed" } }, error.status);
  }
  console.error(error);
  return c.json<ErrorBody>({ error: { message: "Internal error" } }, 500);
}
