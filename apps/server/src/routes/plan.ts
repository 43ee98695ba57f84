import { findTriggerPoint } from "@unknot/core/atlas";
import {
  ACTIVITIES,
  adaptPlan,
  adviseOnFactors,
  buildRoutine,
  buildWorkoutRoutine,
  FACTOR_QUESTIONS,
  parseFactorAnswers,
  parsePlannerInput,
  PlannerInputError,
  RoutineRequestSchema,
} from "@unknot/core/planner";
import { loadSnapshot } from "@unknot/storage";
import { Hono } from "hono";
import { BadRequestError } from "../http/errors.ts";
import { readJsonBody } from "../http/body.ts";
import type { DiaryDeps } from "./diary.ts";

/** Runs a planner function, turning its named-field input errors into 400s. */
function plannerCall<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PlannerInputError) throw new BadRequestError(error.message, error.field);
    throw error;
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new BadRequestError("body: must be a JSON object", "body");
  return value as Record<string, unknown>;
}

function readPointList(raw: string | undefined): string[] {
  const points = (raw ?? "").split(",").filter(Boolean);
  const unknown = points.find((id) => !findTriggerPoint(id));
  if (unknown) throw new BadRequestError(`points: unknown trigger point "${unknown}"`, "points");
  return points;
}

/**
 * The planner over HTTP: routines from chosen points (adapted to the diary), workout routines,
 * the diary-based adaptation itself, and the perpetuating-factor questionnaire with its advice.
 */
export function planRoutines(deps: DiaryDeps) {
  return new Hono()
    .post("/routine", async (c) => {
      const { useDiary, ...request } = asObject(await readJsonBody(c));
      const valid = plannerCall(() => parsePlannerInput(RoutineRequestSchema, request));
      const adaptations = useDiary === true ? adaptPlan(valid.points, await loadSnapshot(deps.store, deps.owner), deps.now()) : [];
      return c.json({ ...buildRoutine({ ...valid, adaptations }), adaptations });
    })
    .post("/workout", async (c) => {
      const body = await readJsonBody(c);
      return c.json(plannerCall(() => buildWorkoutRoutine(body as Parameters<typeof buildWorkoutRoutine>[0])));
    })
    .get("/adapt", async (c) => {
      const points = readPointList(c.req.query("points"));
      return c.json({ adaptations: adaptPlan(points, await loadSnapshot(deps.store, deps.owner), deps.now()) });
    })
    .get("/activities", (c) => c.json({ activities: Object.entries(ACTIVITIES).map(([id, activity]) => ({ ...activity, id })) }))
    .get("/factors", (c) => c.json({ questions: FACTOR_QUESTIONS }))
    .post("/factors", async (c) => {
      const body = asObject(await readJsonBody(c));
      const parsed = parseFactorAnswers(body?.answers);
      if (!parsed.ok) throw new BadRequestError(`answers.${parsed.error}`, `answers.${parsed.field}`);
      const points = Array.isArray(body?.points)
        ? body.points.filter((p): p is string => typeof p === "string" && findTriggerPoint(p) !== undefined)
        : [];
      return c.json({ advice: adviseOnFactors(parsed.value, points) });
    });
}
