import {
  ACTIVITIES,
  ACTIVITY_IDS,
  adaptPlan,
  adviseOnFactors,
  buildRoutine,
  buildWorkoutRoutine,
  FACTOR_QUESTIONS,
  FactorAnswersSchema,
  findTriggerPoint,
  PlannerInputError,
  RoutineRequestSchema,
  WorkoutRequestSchema,
} from "@unknot/core";
import { loadSnapshot } from "@unknot/storage";
import { Hono } from "hono";
import { z } from "zod";
import { BadRequestError } from "../http/errors.ts";
import { jsonBody, noInput, query } from "../http/validate.ts";
import type { DiaryDeps } from "./diary.ts";
import { ownerOf } from "./owner.ts";

/** `POST /plan/routine`: the routine request, and whether to adapt it to the diary. */
export const PlanRoutineBodySchema = RoutineRequestSchema.extend({ useDiary: z.boolean().optional() });

/** `GET /plan/adapt?points=a,b`: comma-separated trigger point ids, each one the atlas knows. */
export const AdaptQuerySchema = z.object({
  points: z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const points = raw.split(",").filter(Boolean);
      const unknown = points.find((id) => !findTriggerPoint(id));
      if (unknown) ctx.addIssue({ code: "custom", message: `unknown trigger point "${unknown}"` });
      return points;
    })
    .describe("Comma-separated trigger point ids"),
});

/** `POST /plan/factors`: the questionnaire's answers, and the points worked (ids the atlas does not know are left out). */
export const FactorsBodySchema = z.strictObject({
  answers: FactorAnswersSchema.prefault({}),
  points: z.array(z.string()).max(200).default([]),
});

/** Runs a planner function, turning its named-field input errors into 400s. */
function plannerCall<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PlannerInputError) throw new BadRequestError(error.message, error.field);
    throw error;
  }
}

/**
 * The planner over HTTP: routines from chosen points (adapted to the diary), workout routines,
 * the diary-based adaptation itself, and the perpetuating-factor questionnaire with its advice.
 */
export function planRoutines(deps: DiaryDeps) {
  return new Hono()
    .post("/routine", jsonBody(PlanRoutineBodySchema), async (c) => {
      const { useDiary, ...request } = c.req.valid("json");
      const diary = useDiary ? await loadSnapshot(deps.store, ownerOf(c, deps)) : undefined;
      const adaptations = diary ? adaptPlan(request.points, diary, deps.now()) : [];
      return c.json({ ...plannerCall(() => buildRoutine({ ...request, adaptations })), adaptations });
    })
    .post("/workout", jsonBody(WorkoutRequestSchema), (c) => c.json(plannerCall(() => buildWorkoutRoutine(c.req.valid("json")))))
    .get("/adapt", query(AdaptQuerySchema), async (c) => {
      const { points } = c.req.valid("query");
      return c.json({ adaptations: adaptPlan(points, await loadSnapshot(deps.store, ownerOf(c, deps)), deps.now()) });
    })
    .get("/activities", noInput(), (c) => c.json({ activities: ACTIVITY_IDS.map((id) => ({ ...ACTIVITIES[id], id })) }))
    .get("/factors", noInput(), (c) => c.json({ questions: FACTOR_QUESTIONS }))
    .post("/factors", jsonBody(FactorsBodySchema), (c) => {
      const { answers, points } = c.req.valid("json");
      const known = points.filter((id) => findTriggerPoint(id) !== undefined);
      return c.json({ advice: adviseOnFactors(answers, known) });
    });
}
