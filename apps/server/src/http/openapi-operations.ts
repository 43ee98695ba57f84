import { FindInputSchema } from "@unknot/core/finder";
import { WorkoutRequestSchema } from "@unknot/core/planner";
import { INPUT_SCHEMAS, KINDS, type RecordKind } from "@unknot/storage";
import type { z } from "zod";
import { FindingInputSchema, ProgrammeInputSchema } from "@unknot/core/clinic";
import { SHARE_PATHS } from "../auth/openapi-paths.ts";
import { AcceptInviteSchema } from "../auth/share-routes.ts";
import { CLINIC_PATHS } from "../routes/clinic-operations.ts";
import { KIND_PATHS } from "../routes/diary.ts";
import { FactorsBodySchema, PlanRoutineBodySchema } from "../routes/plan.ts";
import { MAX_BACKUP_BYTES, MAX_BODY_BYTES } from "./body.ts";

/** What the route table cannot say about a route: its summary, its answers, and a body no validator parses. */
export interface Operation {
  summary: string;
  responses: Record<string, unknown>;
  requestBody?: unknown;
}

const MIB = 1024 * 1024;
const ERROR = { $ref: "#/components/schemas/Error" };
const json = (description: string, schema: object = {}) => ({ description, content: { "application/json": { schema } } });
const errors = {
  "400": json("Bad input; `field` names the offending field", ERROR),
  "413": json(`Body larger than ${MAX_BODY_BYTES / MIB} MiB`, ERROR),
};
const notFound = { "404": json("Unknown id", ERROR) };

const kindName = (kind: string) => `${kind[0]?.toUpperCase()}${kind.slice(1)}`;

/** Body schemas shown once under `components.schemas` and referred to by name. */
const NAMED_SCHEMAS = new Map<z.ZodType, string>([
  [FindInputSchema, "FindInput"],
  [PlanRoutineBodySchema, "RoutineRequest"],
  [WorkoutRequestSchema, "WorkoutRequest"],
  [FactorsBodySchema, "FactorsRequest"],
  [FindingInputSchema, "FindingInput"],
  [ProgrammeInputSchema, "ProgrammeInput"],
  [AcceptInviteSchema, "AcceptInvite"],
  ...(Object.keys(KINDS) as RecordKind[]).map((kind): [z.ZodType, string] => [INPUT_SCHEMAS[kind], `${kindName(kind)}Input`]),
]);

/** The component name of a body schema, if it has one. */
export function schemaName(schema: z.ZodType): string | undefined {
  return NAMED_SCHEMAS.get(schema);
}

function recordOperations(kind: RecordKind): Record<string, Operation> {
  const path = `/api/${KIND_PATHS[kind]}`;
  return {
    [`POST ${path}`]: { summary: `Record ${kind}`, responses: { "201": json("Stored record"), ...errors } },
    [`GET ${path}`]: { summary: `List ${kind}, newest first`, responses: { "200": json("A page: { items, nextCursor? }"), ...errors } },
    [`GET ${path}/{id}`]: { summary: `Read one of ${kind}`, responses: { "200": json("Stored record"), ...notFound } },
    [`PUT ${path}/{id}`]: { summary: `Replace one of ${kind}`, responses: { "200": json("Stored record"), ...notFound, ...errors } },
    [`DELETE ${path}/{id}`]: { summary: `Delete one of ${kind}`, responses: { "204": { description: "Deleted" }, ...notFound } },
  };
}

/** Operations written as OpenAPI paths (`{ path: { get: { summary, responses } } }`), keyed as OPERATIONS keys them. */
function operationsOf(paths: Record<string, Record<string, Operation>>): Record<string, Operation> {
  return Object.fromEntries(
    Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation]),
    ),
  );
}

/** Every route's summary and answers, by `METHOD /api/path` as the route table names it (`{id}` for `:id`). */
export const OPERATIONS: Record<string, Operation> = {
  "GET /api/health": { summary: "Health, database engine and atlas version", responses: { "200": json("OK") } },
  "GET /api/openapi.json": { summary: "This document", responses: { "200": json("OpenAPI 3.1") } },
  "POST /api/find": {
    summary: "Rank trigger points for a pain drawing (safety screening first)",
    responses: { "200": json("Finder result"), ...errors },
  },
  "GET /api/atlas": { summary: "The whole atlas", responses: { "200": json("Atlas document") } },
  ...Object.assign({}, ...(Object.keys(KINDS) as RecordKind[]).map(recordOperations)),
  "GET /api/progress": {
    summary:
      "Pain trend, per-point effect, hotspots, heat map and adherence for a period; `outcomes` (PSFS and PGIC with the meaningful-change verdict, its thresholds and sources) and `keepingGoing` (sessions planned by the weekly goal against done, and the streak); `to` counts as today",
    responses: { "200": json("Progress of the period"), ...errors },
  },
  "GET /api/export": {
    summary: "Download the whole diary",
    responses: { "200": { description: "The file, as an attachment" }, ...errors },
  },
  "POST /api/import": {
    summary: "Restore a JSON backup; refused (409) over a diary that is not empty unless replace=true",
    requestBody: {
      required: true,
      content: { "application/json": { schema: { description: "A backup made by GET /api/export?format=json" } } },
    },
    responses: {
      "200": json("{ imported: counts per kind, previousDiary?: { name, path } }: where the replaced diary was saved"),
      "400": errors["400"],
      "409": json("The diary is not empty", ERROR),
      "413": json(`Body larger than ${MAX_BACKUP_BYTES / MIB} MiB`, ERROR),
    },
  },
  "POST /api/plan/routine": {
    summary: "A routine for chosen trigger points (useDiary: adapt it to the diary)",
    responses: { "200": json("Routine with the reason for every choice"), ...errors },
  },
  "POST /api/plan/workout": {
    summary: "A routine before or after a workout, from how the muscles feel",
    responses: { "200": json("Workout routine"), ...errors },
  },
  "GET /api/plan/adapt": {
    summary: "How the diary changes the dose of these points",
    responses: { "200": json("{ adaptations }"), ...errors },
  },
  "GET /api/plan/activities": { summary: "Activities a workout routine can be made for", responses: { "200": json("{ activities }") } },
  "GET /api/plan/factors": { summary: "The perpetuating-factor questionnaire", responses: { "200": json("{ questions }") } },
  "POST /api/plan/factors": {
    summary: "Advice on perpetuating factors from the answers",
    responses: { "200": json("{ advice }"), ...errors },
  },
  ...operationsOf(SHARE_PATHS),
  ...operationsOf(CLINIC_PATHS),
};
