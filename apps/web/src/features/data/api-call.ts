import { ApiError } from "../../api.ts";

const OFFLINE_MESSAGE = "Could not reach the Unknot server. Check your connection and try again.";

/**
 * Runs one API request and reads its JSON answer; a failed request becomes an `ApiError` carrying the server's own
 * message (which names the field at fault), or status 0 when the server could not be reached.
 */
export async function callApi<T>(request: () => Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await request();
  } catch {
    throw new ApiError(OFFLINE_MESSAGE, 0);
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => undefined)) as { error?: { message?: string; field?: string } } | undefined;
  throw new ApiError(body?.error?.message ?? `The server answered ${res.status}.`, res.status, body?.error?.field);
}

/** The message of anything thrown, for showing to the person. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
