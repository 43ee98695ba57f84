import { formatPath } from "@unknot/core";
import type { z } from "zod";
import { BadRequestError } from "./errors.ts";

/** Parses `value` with `schema`, or throws a 400 naming the first offending field (prefixed by `where`). */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where = ""): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const keys = issue?.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : (issue?.path ?? []);
  const path = formatPath(keys);
  const field = where && path ? `${where}.${path}` : where || path;
  const message = issue?.code === "unrecognized_keys" ? "is not a known field" : (issue?.message ?? "is invalid");
  throw new BadRequestError(`${field || "body"}: ${message}`, field || "body");
}
