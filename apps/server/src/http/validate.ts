import { parseWith } from "@unknot/core/validation";
import type { z } from "zod";
import { BadRequestError } from "./errors.ts";

/** Parses `value` with `schema`, or throws a 400 naming the first offending field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = parseWith(schema, value, "body");
  if (!parsed.ok) throw new BadRequestError(parsed.error, parsed.field || "body");
  return parsed.value;
}
