import type { z } from "zod";
import { firstProblem } from "../validation.ts";

/** Bad planner input: the message starts with the offending field, e.g. `points[1]: unknown trigger point "x"`. */
export class PlannerInputError extends Error {
  override readonly name = "PlannerInputError";
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field || "input"}: ${detail}`);
  }
}

/** Parses `raw` with `schema` or throws a `PlannerInputError` naming the first bad field. */
export function parsePlannerInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const { field, message } = firstProblem(result.error);
  throw new PlannerInputError(field, message);
}
