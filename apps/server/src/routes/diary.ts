import { ATLAS_VERSION, findTriggerPoints, parseFindInput, type AssessmentInput, type FindInput } from "@unknot/core";
import {
  createRecord,
  deleteRecord,
  getRecord,
  INPUT_SCHEMAS,
  listRecords,
  updateRecord,
  type RecordInputs,
  type RecordKind,
  type Store,
} from "@unknot/storage";
import { Hono } from "hono";
import { z } from "zod";
import { BadRequestError } from "../http/errors.ts";
import { jsonBody, params, query } from "../http/validate.ts";
import { ownerOf } from "./owner.ts";
import { localDateParam, regionParam } from "./query-fields.ts";

/** What the diary routes need: the store, whose diary, the data directory for backups, and a clock and id source (injected for tests). */
export interface DiaryDeps {
  store: Store;
  dataDir: string;
  owner: string;
  now: () => string;
  newId: () => string;
}

/** The URL segment of each record kind. */
export const KIND_PATHS: Record<RecordKind, string> = {
  assessments: "assessments",
  pressTests: "press-tests",
  routines: "routines",
  sessions: "sessions",
  checkIns: "check-ins",
  outcomes: "outcomes",
  goals: "goals",
};

const LIST_LIMIT = { default: 50, max: 500 };

const LIMIT_MESSAGE = `must be a whole number from 1 to ${LIST_LIMIT.max}`;

/** A list's filters and page: dates are local dates, `cursor` is the previous page's `nextCursor`. */
export const ListQuerySchema = z.object({
  from: localDateParam.optional().describe("First local date, YYYY-MM-DD"),
  to: localDateParam.optional().describe("Last local date, YYYY-MM-DD"),
  region: regionParam.optional().describe("Only records that rated this region (contract id)"),
  limit: z
    .string()
    .regex(/^\d+$/, LIMIT_MESSAGE)
    .transform(Number)
    .pipe(z.number().min(1, LIMIT_MESSAGE).max(LIST_LIMIT.max, LIMIT_MESSAGE))
    .default(LIST_LIMIT.default)
    .describe(`Page size, 1–${LIST_LIMIT.max} (default ${LIST_LIMIT.default})`),
  cursor: z.string().optional().describe("`nextCursor` of the previous page"),
});

/** The id in a record's address. */
export const RecordIdSchema = z.object({ id: z.string().min(1) });

/** Create, read, list (by date range, region, page), update and delete for one kind of diary record. */
export function recordRoutes<K extends RecordKind>(kind: K, deps: DiaryDeps) {
  const body = jsonBody(INPUT_SCHEMAS[kind]);
  return new Hono()
    .post("/", body, async (c) => {
      const input = withResult(kind, c.req.valid("json"));
      const stored = await createRecord(deps.store, ownerOf(c, deps), kind, input, { id: deps.newId(), now: deps.now() });
      return c.json(stored, 201);
    })
    .get("/", query(ListQuerySchema), async (c) => c.json(await listRecords(deps.store, ownerOf(c, deps), kind, c.req.valid("query"))))
    .get("/:id", params(RecordIdSchema), async (c) => c.json(await getRecord(deps.store, ownerOf(c, deps), kind, c.req.valid("param").id)))
    .put("/:id", params(RecordIdSchema), body, async (c) => {
      const input = withResult(kind, c.req.valid("json"));
      return c.json(await updateRecord(deps.store, ownerOf(c, deps), kind, c.req.valid("param").id, input, deps.now()));
    })
    .delete("/:id", params(RecordIdSchema), async (c) => {
      await deleteRecord(deps.store, ownerOf(c, deps), kind, c.req.valid("param").id);
      return c.body(null, 204);
    });
}

/**
 * A validated input of `kind`, with the finder's result when it is an assessment. (Inside this generic function the
 * validator's output is not narrowed by `kind`; `INPUT_SCHEMAS[kind]` has just checked it.)
 */
function withResult<K extends RecordKind>(kind: K, input: unknown): RecordInputs[K] {
  return (kind === "assessments" ? withFinderResult(input as AssessmentInput) : input) as RecordInputs[K];
}

/** Runs the finder on an assessment so the stored result and the atlas version that produced it stay together. */
function withFinderResult(input: AssessmentInput): RecordInputs["assessments"] {
  const { pain, symptoms, flags, age, durationWeeks } = input;
  const parsed = parseFindInput({
    pain,
    symptoms,
    flags,
    ...(age !== undefined ? { age } : {}),
    ...(durationWeeks !== undefined ? { durationWeeks } : {}),
  });
  if (!parsed.ok) throw new BadRequestError(parsed.error, parsed.field);
  return { ...input, atlasVersion: ATLAS_VERSION, result: findTriggerPoints(parsed.value as FindInput) };
}
