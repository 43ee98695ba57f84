import { zValidator } from "@hono/zod-validator";
import { parseWith } from "@unknot/core";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { MAX_BODY_BYTES, readJsonText } from "./body.ts";
import { BadRequestError } from "./errors.ts";

/** The part of a request a validator checks, and the schema it checks it with: what the OpenAPI document describes. */
export interface RequestCheck {
  target: "json" | "query" | "param";
  schema: z.ZodType;
}

const CHECKS = new WeakMap<object, RequestCheck>();

/** What `handler` checks, when it is one of the validators made here; undefined for any other handler. */
export function requestCheckOf(handler: unknown): RequestCheck | undefined {
  return typeof handler === "function" ? CHECKS.get(handler) : undefined;
}

/**
 * Parses with the schema, reporting the input so an absent field reads "is missing"; a failure becomes a 400 whose
 * message starts with the field (`sessions[1].mood: is not a known field`), or with `whole` when the input itself is wrong.
 */
function parseOrRefuse(whole: string) {
  return <S extends z.ZodType>(schema: S, value: unknown) => {
    const parsed = parseWith(schema, value, whole);
    if (!parsed.ok) throw new BadRequestError(parsed.error, parsed.field || whole);
    return { success: true as const, data: parsed.value };
  };
}

/** The validator never answers by itself: a failure is thrown above, so the typed client sees only the route's own answers. */
const noResponse = () => undefined;

function check<T extends RequestCheck["target"], S extends z.ZodType>(target: T, schema: S, whole: string) {
  const middleware = zValidator(target, schema, noResponse, { validationFunction: parseOrRefuse(whole) });
  CHECKS.set(middleware, { target, schema });
  return middleware;
}

/** Validates the query string with `schema` (400 naming the parameter). */
export function query<S extends z.ZodType>(schema: S) {
  return check("query", schema, "query");
}

/** Validates the path parameters with `schema`. */
export function params<S extends z.ZodType>(schema: S) {
  return check("param", schema, "path");
}

/** Where a JSON body's errors are named when the body as a whole is wrong, and its size limit. */
export interface JsonBodyOptions {
  whole?: string;
  maxBytes?: number;
}

/**
 * Validates the JSON body with `schema`. The body is read first by the measured reader (`http/body.ts`: size limit
 * while it arrives, 400 for an empty or malformed body) and handed to the validator through Hono's body cache.
 */
export function jsonBody<S extends z.ZodType>(schema: S, options: JsonBodyOptions = {}) {
  const validate = check("json", schema, options.whole ?? "body");
  const readThenValidate: typeof validate = async (c, next) => {
    const text = await readJsonText(c, options.maxBytes ?? MAX_BODY_BYTES);
    // Hono keeps each body it has read as a promise (its type says the value); the validator's `c.req.json()` reads it.
    Object.assign(c.req.bodyCache, { text: Promise.resolve(text) });
    return validate(c, next);
  };
  CHECKS.set(readThenValidate, { target: "json", schema });
  return readThenValidate;
}

/**
 * Declares that a route reads nothing from the request (its query string is ignored), so that it too is in the
 * contract: a route without any of these validators fails the contract test and has no OpenAPI entry.
 */
export function noInput(): MiddlewareHandler {
  const middleware: MiddlewareHandler = async (_c, next) => next();
  CHECKS.set(middleware, { target: "query", schema: z.object({}) });
  return middleware;
}
