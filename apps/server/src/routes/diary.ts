import { ATLAS_VERSION } from "@unknot/core/atlas";
import { eachKind, RECORD_KINDS, type AssessmentInput } from "@unknot/core/diary";
import { findTriggerPoints, parseFindInput, type FindInput } from "@unknot/core/finder";
import { isRegionId, toLocalDate } from "@unknot/core/vocabulary";
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
import { Hono, type Context } from "hono";
import { BadRequestError } from "../http/errors.ts";
import { readJsonBody } from "../http/body.ts";
import { validate } from "../http/validate.ts";

/** What the diary routes need: the store, whose diary, the data directory for backups, and a clock and id source (injected for tests). */
export interface DiaryDeps {
  store: Store;
  dataDir: string;
  owner: string;
  now: () => string;
  newId: () => string;
}

/** The URL segment of each record kind, from core's registry. */
export const KIND_PATHS: Record<RecordKind, string> = eachKind((kind) => RECORD_KINDS[kind].path);

/** Create, read, list (by date range, region, page), update and delete for one kind of diary record. */
export function recordRoutes<K extends RecordKind>(kind: K, deps: DiaryDeps) {
  return new Hono()
    .post("/", async (c) => {
      const input = await readInput(kind, c);
      const stored = await createRecord(deps.store, deps.owner, kind, input, { id: deps.newId(), now: deps.now() });
      return c.json(stored, 201);
    })
    .get("/", async (c) => c.json(await listRecords(deps.store, deps.owner, kind, readListQuery(c))))
    .get("/:id", async (c) => c.json(await getRecord(deps.store, deps.owner, kind, c.req.param("id"))))
    .put("/:id", async (c) => {
      const input = await readInput(kind, c);
      return c.json(await updateRecord(deps.store, deps.owner, kind, c.req.param("id"), input, deps.now()));
    })
    .delete("/:id", async (c) => {
      await deleteRecord(deps.store, deps.owner, kind, c.req.param("id"));
      return c.body(null, 204);
    });
}

async function readInput<K extends RecordKind>(kind: K, c: Context): Promise<RecordInputs[K]> {
  const input = validate(INPUT_SCHEMAS[kind], await readJsonBody(c));
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

const LIST_LIMIT = { default: 50, max: 500 };

function readListQuery(c: Context) {
  const { from, to, region, limit, cursor } = c.req.query();
  for (const [field, value] of Object.entries({ from, to })) {
    if (value !== undefined && !toLocalDate(value)) throw new BadRequestError(`${field}: must be a date written YYYY-MM-DD`, field);
  }
  if (region !== undefined && !isRegionId(region)) throw new BadRequestError(`region: unknown region "${region}"`, "region");
  const size = limit === undefined ? LIST_LIMIT.default : Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > LIST_LIMIT.max)
    throw new BadRequestError(`limit: must be a whole number from 1 to ${LIST_LIMIT.max}`, "limit");
  return { from, to, region, limit: size, cursor };
}
