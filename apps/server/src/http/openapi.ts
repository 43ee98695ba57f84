import { FindInputSchema } from "@unknot/core/finder";
import { INPUT_SCHEMAS, type RecordKind } from "@unknot/storage";
import { z } from "zod";
import { KIND_PATHS } from "../routes/diary.ts";
import { MAX_BACKUP_BYTES, MAX_BODY_BYTES } from "./body.ts";

const MIB = 1024 * 1024;

const ERROR = { $ref: "#/components/schemas/Error" };
const jsonBody = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const jsonResponse = (description: string, schema: object = {}) => ({ description, content: { "application/json": { schema } } });
const errors = {
  "400": jsonResponse("Bad input; `field` names the offending field", ERROR),
  "413": jsonResponse(`Body larger than ${MAX_BODY_BYTES / MIB} MiB`, ERROR),
};
const query = (name: string, description: string, required = false) => ({
  name,
  in: "query",
  required,
  description,
  schema: { type: "string" },
});
const anyJsonBody = (description: string) => ({ required: true, content: { "application/json": { schema: { description } } } });

/** The routes beyond the diary records: progress, export and import, and the planner. */
const OTHER_PATHS = {
  "/api/progress": {
    get: {
      summary:
        "Pain trend, per-point effect, hotspots, heat map and adherence for a period; `outcomes` (PSFS and PGIC with the meaningful-change verdict, its thresholds and sources) and `keepingGoing` (sessions planned by the weekly goal against done, and the streak); `to` counts as today",
      parameters: [
        query("from", "First local date, YYYY-MM-DD", true),
        query("to", "Last local date, YYYY-MM-DD", true),
        query("region", "Also the trend of this region"),
        query("bucket", "day (default) or week"),
      ],
      responses: { "200": jsonResponse("Progress of the period"), ...errors },
    },
  },
  "/api/export": {
    get: {
      summary: "Download the whole diary",
      parameters: [query("format", "json (backup, default), csv-sessions, csv-ratings, csv-outcomes or fhir (R4 Bundle)")],
      responses: { "200": { description: "The file, as an attachment" }, ...errors },
    },
  },
  "/api/import": {
    post: {
      summary: "Restore a JSON backup; refused (409) over a diary that is not empty unless replace=true",
      parameters: [query("replace", "true to replace a diary that is not empty")],
      requestBody: anyJsonBody("A backup made by GET /api/export?format=json"),
      responses: {
        "200": jsonResponse("{ imported: counts per kind, previousDiary?: { name, path } }: where the replaced diary was saved"),
        "400": errors["400"],
        "409": jsonResponse("The diary is not empty", ERROR),
        "413": jsonResponse(`Body larger than ${MAX_BACKUP_BYTES / MIB} MiB`, ERROR),
      },
    },
  },
  "/api/plan/routine": {
    post: {
      summary: "A routine for chosen trigger points (useDiary: adapt it to the diary)",
      requestBody: anyJsonBody("{ points, prefs, useDiary? }"),
      responses: { "200": jsonResponse("Routine with the reason for every choice"), ...errors },
    },
  },
  "/api/plan/workout": {
    post: {
      summary: "A routine before or after a workout, from how the muscles feel",
      requestBody: anyJsonBody("{ activity, timing, feel, prefs }"),
      responses: { "200": jsonResponse("Workout routine"), ...errors },
    },
  },
  "/api/plan/adapt": {
    get: {
      summary: "How the diary changes the dose of these points",
      parameters: [query("points", "Comma-separated trigger point ids", true)],
      responses: { "200": jsonResponse("{ adaptations }"), ...errors },
    },
  },
  "/api/plan/activities": {
    get: { summary: "Activities a workout routine can be made for", responses: { "200": jsonResponse("{ activities }") } },
  },
  "/api/plan/factors": {
    get: { summary: "The perpetuating-factor questionnaire", responses: { "200": jsonResponse("{ questions }") } },
    post: {
      summary: "Advice on perpetuating factors from the answers",
      requestBody: anyJsonBody("{ answers, points? }"),
      responses: { "200": jsonResponse("{ advice }"), ...errors },
    },
  },
};

const LIST_PARAMETERS = [
  { name: "from", in: "query", description: "First local date, YYYY-MM-DD", schema: { type: "string", format: "date" } },
  { name: "to", in: "query", description: "Last local date, YYYY-MM-DD", schema: { type: "string", format: "date" } },
  { name: "region", in: "query", description: "Only records that rated this region (contract id)", schema: { type: "string" } },
  { name: "limit", in: "query", description: "Page size, 1–500 (default 50)", schema: { type: "integer", minimum: 1, maximum: 500 } },
  { name: "cursor", in: "query", description: "`nextCursor` of the previous page", schema: { type: "string" } },
];

function recordPaths(kind: RecordKind) {
  const name = `${kind[0]?.toUpperCase()}${kind.slice(1)}Input`;
  const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
  return {
    [`/api/${KIND_PATHS[kind]}`]: {
      post: { summary: `Record ${kind}`, requestBody: jsonBody(name), responses: { "201": jsonResponse("Stored record"), ...errors } },
      get: {
        summary: `List ${kind}, newest first`,
        parameters: LIST_PARAMETERS,
        responses: { "200": jsonResponse("A page: { items, nextCursor? }"), ...errors },
      },
    },
    [`/api/${KIND_PATHS[kind]}/{id}`]: {
      get: {
        summary: `Read one of ${kind}`,
        parameters: idParam,
        responses: { "200": jsonResponse("Stored record"), "404": jsonResponse("Unknown id", ERROR) },
      },
      put: {
        summary: `Replace one of ${kind}`,
        parameters: idParam,
        requestBody: jsonBody(name),
        responses: { "200": jsonResponse("Stored record"), "404": jsonResponse("Unknown id", ERROR), ...errors },
      },
      delete: {
        summary: `Delete one of ${kind}`,
        parameters: idParam,
        responses: { "204": { description: "Deleted" }, "404": jsonResponse("Unknown id", ERROR) },
      },
    },
  };
}

/** The OpenAPI 3.1 description of the API, with request schemas generated from the same zod schemas that validate requests. */
export function openApiDocument(extraPaths: Record<string, unknown> = {}) {
  const kinds = Object.keys(INPUT_SCHEMAS) as RecordKind[];
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      properties: {
        error: { type: "object", properties: { message: { type: "string" }, field: { type: "string" } }, required: ["message"] },
      },
    },
    FindInput: z.toJSONSchema(FindInputSchema, { io: "input", unrepresentable: "any" }),
  };
  for (const kind of kinds)
    schemas[`${kind[0]?.toUpperCase()}${kind.slice(1)}Input`] = z.toJSONSchema(INPUT_SCHEMAS[kind], {
      io: "input",
      unrepresentable: "any",
    });
  return {
    openapi: "3.1.0",
    info: {
      title: "Unknot API",
      version: "0.1.0",
      description:
        "Trigger point finder, atlas and self-treatment diary. Educational self-care support, not a diagnosis. " +
        "Every request is refused before any route runs when it names a host this server does not answer to (421) or " +
        "comes from another site's page (403: Sec-Fetch-Site or Origin); every write must send Content-Type: application/json (415).",
    },
    paths: {
      "/api/health": { get: { summary: "Health, database engine and atlas version", responses: { "200": jsonResponse("OK") } } },
      "/api/find": {
        post: {
          summary: "Rank trigger points for a pain drawing (safety screening first)",
          requestBody: jsonBody("FindInput"),
          responses: { "200": jsonResponse("Finder result"), ...errors },
        },
      },
      "/api/atlas": { get: { summary: "The whole atlas", responses: { "200": jsonResponse("Atlas document") } } },
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": jsonResponse("OpenAPI 3.1") } } },
      ...Object.assign({}, ...kinds.map(recordPaths)),
      ...OTHER_PATHS,
      ...extraPaths,
    },
    components: { schemas },
  };
}
