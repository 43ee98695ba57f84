import { firstProblem } from "@unknot/core";
import type { z } from "zod";
import { BadRequestError } from "./errors.ts";

/** Parses `value` with `schema`, or throws a 400 naming the first offending field (prefixed by `where`). */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where = ""): z.infer<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const problem = firstProblem(result.error);
  const field = where && problem.field ? `${where}.${problem.field}` : where || problem.field;
  throw new BadRequestError(`${field || "body"}: ${problem.message}`, field || "body");
}
