import type { z } from "zod";

/** The result of checking untrusted input: the value, or a message that names the offending field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; field: string };

/** What is wrong with untrusted input, for a person: the field (as `pain[0].intensity`) and what is wrong with it. */
export interface Problem {
  field: string;
  path: readonly PropertyKey[];
  message: string;
}

/** Writes a schema path as `pain[0].intensity`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

/**
 * The first problem of a failed parse. An unknown key is named as the field itself ("is not a known
 * field"); an absent value says "is missing" rather than the type it should have had (the parse must
 * keep its input, `reportInput`, for that), since the type would hide that the field is simply absent.
 */
export function firstProblem(error: z.ZodError): Problem {
  const issue = error.issues[0];
  if (!issue) return { field: "", path: [], message: "is invalid" };
  if (issue.code === "unrecognized_keys") {
    const path = [...issue.path, issue.keys[0] ?? ""];
    return { field: formatPath(path), path, message: "is not a known field" };
  }
  const missing = issue.code === "invalid_type" && "input" in issue && issue.input === undefined;
  return { field: formatPath(issue.path), path: issue.path, message: missing ? "is missing" : issue.message };
}

/** Parses `raw` with `schema`; on failure `error` reads "field: message", with `whole` as the field when the input itself is wrong. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, whole: string): Parsed<z.output<S>> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const { field, message } = firstProblem(result.error);
  return { ok: false, field, error: `${field || whole}: ${message}` };
}
