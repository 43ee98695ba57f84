import type { Context } from "hono";
import { BadCursorError, RecordNotFoundError } from "@unknot/storage";
import { HTTPException } from "hono/http-exception";

/** The JSON body of every error response: a message a person can read, and the offending field when there is one. */
export interface ErrorBody {
  error: { message: string; field?: string };
}

/** A client error that names the field at fault, answered with its status. */
export class FieldError extends HTTPException {
  constructor(
    status: 400 | 403,
    message: string,
    readonly field?: string,
  ) {
    super(status, { message });
  }
}

/** Bad input: 400 naming the field at fault. */
export class BadRequestError extends FieldError {
  constructor(message: string, field?: string) {
    super(400, message, field);
  }
}

/** Turns any thrown error into a JSON response; unexpected errors are logged and answered with 500 without details. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof FieldError) {
    return c.json<ErrorBody>({ error: { message: error.message, ...(error.field ? { field: error.field } : {}) } }, error.status);
  }
  if (error instanceof RecordNotFoundError) return c.json<ErrorBody>({ error: { message: error.message } }, 404);
  if (error instanceof BadCursorError) return c.json<ErrorBody>({ error: { message: `cursor: ${error.message}`, field: "cursor" } }, 400);
  if (error instanceof HTTPException) {
    return c.json<ErrorBody>({ error: { message: error.message || "Request failed" } }, error.status);
  }
  console.error(error);
  return c.json<ErrorBody>({ error: { message: "Internal error" } }, 500);
}
