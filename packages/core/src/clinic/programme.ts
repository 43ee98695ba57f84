import { z } from "zod";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { CAUTIONS } from "../atlas/cautions.ts";
import { methodSafety } from "../atlas/method-rules.ts";
import { DEFAULT_PAIN_CEILING, MAX_PAIN_CEILING } from "../atlas/pain-ceiling.ts";
import { MAX_NOTE_LENGTH, SessionMethodSchema } from "../diary/records.ts";
import { sidesOf } from "../finder/zones.ts";
import { methodsForTools, type PlannerMethod } from "../planner/method.ts";
import { TOOLS, type Tool } from "../planner/preferences.ts";
import { addDays } from "../stats/period.ts";
import { toLocalDate } from "../vocabulary/units.ts";
import { methodName } from "../vocabulary/methods.ts";
import { parseWith, type Parsed } from "../validation.ts";

const note = z.string().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`);
const whole = (min: number, max: number) =>
  z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be from ${min} to ${max}`)
    .max(max, `must be from ${min} to ${max}`);

/** How long or how often one point is worked in each session; the same bounds as a routine step. */
export const ProgrammeDoseSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("hold"), seconds: whole(5, 600) }),
    z.strictObject({ kind: z.literal("strokes"), count: whole(1, 100) }),
  ],
  { error: 'must be { kind: "hold", seconds } or { kind: "strokes", count }' },
);

/** One point of a programme: where, with what, how much, and the finding it came from if any. */
export const ProgrammePointSchema = z.strictObject({
  triggerPoint: z.string().refine((id) => findTriggerPoint(id) !== undefined, {
    error: (issue) => `unknown trigger point "${String(issue.input)}"`,
  }),
  side: z.enum(["left", "right", "midline"], { error: 'must be "left", "right" or "midline"' }),
  method: SessionMethodSchema,
  dose: ProgrammeDoseSchema,
  findingId: z.string().max(100).optional(),
});
export type ProgrammePoint = z.infer<typeof ProgrammePointSchema>;

/** A movement to do with the programme, e.g. a stretch after the pressure work. */
export const ProgrammeMovementSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  instructions: note.optional(),
});

/** A home programme as the clinician writes it. */
export const ProgrammeInputSchema = z
  .strictObject({
    title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    /** The tools the person has at home: only methods they allow may be prescribed. */
    tools: z
      .array(z.enum(TOOLS, { error: (issue) => `unknown tool "${String(issue.input)}" (one of ${TOOLS.join(", ")})` }))
      .min(1, "name at least one tool the person has (thumb for hands only)")
      .max(TOOLS.length),
    points: z.array(ProgrammePointSchema).min(1, "a programme needs at least one point").max(20, "at most 20 points"),
    painCeiling: z
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, `must be from 1 to ${MAX_PAIN_CEILING}`)
      .max(MAX_PAIN_CEILING, `must be at most ${MAX_PAIN_CEILING}: stronger pain does not release a muscle faster`)
      .default(DEFAULT_PAIN_CEILING),
    timesPerWeek: whole(1, 14),
    weeks: whole(1, 26),
    startsOn: z.string().refine((date) => toLocalDate(date) !== undefined, "must be a calendar date written YYYY-MM-DD"),
    movements: z.array(ProgrammeMovementSchema).max(10, "at most 10 movements").default([]),
    notes: note.optional(),
  })
  .superRefine((programme, context) => {
    const allowed = methodsForTools(programme.tools);
    programme.points.forEach((point, index) => {
      const problem = pointProblem(point, allowed);
      if (problem) context.addIssue({ code: "custom", path: ["points", index, problem.field], message: problem.message });
    });
  });
export type ProgrammeInput = z.infer<typeof ProgrammeInputSchema>;
/** A programme as a caller may give it: defaults not yet filled in. */
export type ProgrammeDraft = z.input<typeof ProgrammeInputSchema>;

/** A programme as stored. */
export interface Programme extends ProgrammeInput {
  id: string;
  personId: string;
  /** The clinician's user id. */
  authorId: string;
  createdAt: string;
  updatedAt: string;
}

function pointProblem(point: ProgrammePoint, allowed: ReadonlySet<PlannerMethod>): { field: string; message: string } | undefined {
  const entry = findTriggerPoint(point.triggerPoint);
  if (!entry) return undefined;
  if (!sidesOf(entry.point).includes(point.side))
    return { field: "side", message: `must be ${sidesOf(entry.point).join(" or ")} for ${entry.point.name}` };
  const safety = methodSafety(entry.point, point.method);
  if (!safety.safe) {
    const text = safety.caution ? ` ${CAUTIONS[safety.caution].text}` : "";
    return { field: "method", message: `${methodName(point.method)} is not safe on ${entry.point.name}: ${safety.reason}.${text}` };
  }
  if (!allowed.has(point.method))
    return {
      field: "method",
      message: `${methodName(point.method)} needs a tool the person has not got (tools: ${[...allowed].join(", ")})`,
    };
  return undefined;
}

/** Validates an untrusted programme; on failure the message names the field, e.g. `points[1].method`. */
export function parseProgramme(raw: unknown): Parsed<ProgrammeInput> {
  return parseWith(ProgrammeInputSchema, raw, "programme");
}

/**
 * The methods a clinician may choose for a point given the person's tools: safe by the planner's
 * rule and allowed by the tools, the atlas's listed treatments first (in the atlas's order).
 */
export function safeMethodsFor(triggerPoint: string, tools: readonly Tool[]): PlannerMethod[] {
  const entry = findTriggerPoint(triggerPoint);
  if (!entry) return [];
  const allowed = methodsForTools(tools);
  const listed = entry.point.treatments.map((t) => t.method as PlannerMethod);
  const ordered = [...new Set([...listed, ...SessionMethodSchema.options])];
  return ordered.filter((method) => allowed.has(method) && methodSafety(entry.point, method).safe);
}

/** The atlas's dose for a point and method, or a gentle 60-second hold when the atlas lists none. */
export function suggestedDose(triggerPoint: string, method: PlannerMethod): ProgrammePoint["dose"] {
  const listed = findTriggerPoint(triggerPoint)?.point.treatments.find((t) => t.method === method);
  if (!listed) return { kind: "hold", seconds: 60 };
  return listed.dose.kind === "hold" ? { kind: "hold", seconds: listed.dose.seconds } : { kind: "strokes", count: listed.dose.count };
}

/** The last day of the programme: `weeks` whole weeks from its first day. */
export function programmeEndsOn(programme: Pick<ProgrammeInput, "startsOn" | "weeks">): string {
  return addDays(programme.startsOn, programme.weeks * 7 - 1);
}

/** The sides a point can be worked on: left and right, or the midline; none for an unknown point. */
export function sidesOfPoint(triggerPoint: string): ProgrammePoint["side"][] {
  const entry = findTriggerPoint(triggerPoint);
  return entry ? sidesOf(entry.point) : [];
}
