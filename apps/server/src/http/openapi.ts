import type { RouterRoute } from "hono/types";
import { z } from "zod";
import { ACCOUNT_PATHS } from "../auth/openapi-paths.ts";
import { MAX_BACKUP_BYTES, MAX_BODY_BYTES } from "./body.ts";
import { OPERATIONS, schemaName, type Operation } from "./openapi-operations.ts";
import { requestCheckOf, type RequestCheck } from "./validate.ts";

/** One route of the API: its method, its OpenAPI path (`{id}` for `:id`) and what its validators check. */
interface ContractRoute {
  method: string;
  path: string;
  checks: RequestCheck[];
}

/** Hono wraps a mounted sub-app's handler when the two have different error handlers; this is the handler it wraps. */
const unwrap = (handler: unknown) => (handler as { __COMPOSED_HANDLER?: unknown }).__COMPOSED_HANDLER ?? handler;

/** The API's routes in the app's route table, each with the validators on its way. */
export function contractRoutes(routes: readonly RouterRoute[]): ContractRoute[] {
  const byRoute = new Map<string, ContractRoute>();
  for (const { method, path, handler } of routes) {
    if (!path.startsWith("/api/") || method === "ALL") continue;
    const key = `${method} ${path}`;
    const route = byRoute.get(key) ?? { method, path: path.replace(/:(\w+)/g, "{$1}"), checks: [] };
    const check = requestCheckOf(unwrap(handler));
    if (check) route.checks.push(check);
    byRoute.set(key, route);
  }
  return [...byRoute.values()];
}

/** What keeps a route out of the contract: no validator on its way, or no description. Empty when every route is in it. */
export function contractProblems(routes: readonly RouterRoute[]): string[] {
  return contractRoutes(routes).flatMap(({ method, path, checks }) => [
    ...(checks.length === 0 ? [`${method} ${path}: no validator (http/validate.ts)`] : []),
    ...(OPERATIONS[`${method} ${path}`] ? [] : [`${method} ${path}: no description (http/openapi-operations.ts)`]),
  ]);
}

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

interface JsonSchemaObject {
  properties?: Record<string, { description?: string }>;
  required?: string[];
}

/** A query or path schema's fields as OpenAPI parameters, with the descriptions the schema gives them. */
function parametersOf({ target, schema }: RequestCheck) {
  const json = jsonSchemaOf(schema) as JsonSchemaObject;
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: target === "param" ? "path" : "query",
      required: target === "param" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function operationOf(operation: Operation, checks: RequestCheck[], components: Record<string, unknown>) {
  const parameters = checks.filter((check) => check.target !== "json").flatMap(parametersOf);
  const body = checks.find((check) => check.target === "json");
  let requestBody = operation.requestBody;
  if (body) {
    const name = schemaName(body.schema);
    if (name) components[name] ??= jsonSchemaOf(body.schema);
    const schema = name ? { $ref: `#/components/schemas/${name}` } : jsonSchemaOf(body.schema);
    requestBody = { required: true, content: { "application/json": { schema } } };
  }
  return {
    summary: operation.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: operation.responses,
  };
}

const MIB = 1024 * 1024;

/** The document `GET /api/openapi.json` answers. */
export type OpenApiDocument = ReturnType<typeof openApiDocument>;

/**
 * The OpenAPI 3.1 description of the API, generated from the app's route table: each route's parameters and body
 * schema come from the zod schemas of its validators, its summary and answers from `openapi-operations.ts`; the
 * sign-in endpoints (better-auth's catch-all) from `auth/openapi-paths.ts`.
 */
export function openApiDocument(routes: readonly RouterRoute[]) {
  const problems = contractProblems(routes);
  if (problems.length > 0) throw new Error(`Routes outside the API contract:\n${problems.join("\n")}`);
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      properties: {
        error: { type: "object", properties: { message: { type: "string" }, field: { type: "string" } }, required: ["message"] },
      },
    },
  };
  // Sign-in is better-auth's catch-all, outside the route table's contract: its paths are written out.
  const paths: Record<string, Record<string, unknown>> = { ...ACCOUNT_PATHS };
  for (const { method, path, checks } of contractRoutes(routes)) {
    const operation = OPERATIONS[`${method} ${path}`];
    if (operation) (paths[path] ??= {})[method.toLowerCase()] = operationOf(operation, checks, schemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Unknot API",
      version: "0.1.0",
      description:
        "Trigger point finder, atlas and self-treatment diary. Educational self-care support, not a diagnosis. " +
        "Every request is refused before any route runs when it names a host this server does not answer to (421) or " +
        "comes from another site's page (403: Sec-Fetch-Site or Origin); every write must send Content-Type: application/json (415). " +
        `Bodies are limited to ${MAX_BODY_BYTES / MIB} MiB (a backup to ${MAX_BACKUP_BYTES / MIB} MiB); larger ones get 413.`,
    },
    paths,
    components: { schemas },
  };
}
