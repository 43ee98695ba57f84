import type { Context } from "hono";
import { BadRequestError } from "./errors.ts";

/** Reads the request body as JSON, or fails with a 400 that says the body is not JSON. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") throw new BadRequestError("The request body is empty; send JSON.", "body");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequestError("The request body is not valid JSON.", "body");
  }
}
