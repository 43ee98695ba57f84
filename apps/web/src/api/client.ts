import type { AppType } from "@unknot/server";
import { DetailedError, hc, parseResponse, type ClientResponse } from "hono/client";

/** The typed client of Unknot's API, on the same origin as the app: each request and answer is inferred from the server's routes. */
export const api = hc<AppType>("/");

/** A failed API call: the server's message (naming the field when there is one), or why the server was not reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }

  /** True when the server was not reached at all (offline, or the server is down). */
  get offline(): boolean {
    return this.status === 0;
  }
}

const OFFLINE_MESSAGE = "Could not reach the Unknot server. Check your connection and try again.";

/** The server refuses writes that do not say they are JSON (a defence against other sites' forms), so a DELETE says so too. */
export const SAYS_JSON = { headers: { "content-type": "application/json" } };

/** The `{ error: { message, field? } }` of the server's error answers, read without trusting its shape. */
function errorOf(failure: DetailedError): ApiError {
  const status = typeof failure.statusCode === "number" ? failure.statusCode : 500;
  return errorOfBody(status, failure.detail?.data);
}

function errorOfBody(status: number, body: unknown): ApiError {
  const error = typeof body === "object" && body !== null && "error" in body && typeof body.error === "object" ? body.error : null;
  if (error === null) return new ApiError(`The server answered ${status}.`, status);
  const message = "message" in error && typeof error.message === "string" ? error.message : `The server answered ${status}.`;
  const field = "field" in error && typeof error.field === "string" ? error.field : undefined;
  return new ApiError(message, status, field);
}

/**
 * Sends one request and answers its body, typed by the route that answers it (Hono's `parseResponse`). A failed request
 * becomes an `ApiError` carrying the server's own message (which names the field at fault), or status 0 when the server
 * could not be reached.
 */
export async function answer<R extends ClientResponse<unknown>>(send: () => Promise<R>) {
  let response: R;
  try {
    response = await send();
  } catch {
    throw new ApiError(OFFLINE_MESSAGE, 0);
  }
  try {
    return await parseResponse(response);
  } catch (failure) {
    throw failure instanceof DetailedError ? errorOf(failure) : failure;
  }
}

/** The message of anything thrown, for showing to the person. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Posts JSON to a path the typed client cannot describe: better-auth's endpoints under `/api/auth/`, served by one
 * catch-all route (their bodies are in the OpenAPI document). Nothing of the answer is used but whether it failed, and why.
 */
export async function postOutsideContract(path: `/api/auth/${string}`, body: object = {}): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", ...SAYS_JSON, body: JSON.stringify(body), credentials: "same-origin" });
  } catch {
    throw new ApiError(OFFLINE_MESSAGE, 0);
  }
  if (!response.ok) throw errorOfBody(response.status, await response.json().catch(() => null));
}
