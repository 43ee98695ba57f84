import { describe, expect, it } from "vitest";
import { ATLAS_POINTS } from "../atlas/atlas.ts";
import { CAUTIONS, type CautionId } from "../atlas/cautions.ts";
import { ENDANGERMENT_SITES } from "../atlas/method-rules.ts";
import type { RoutineStep } from "../diary/records.ts";
import { buildRoutine } from "./build-routine.ts";
import type { Tool } from "./preferences.ts";

const forbidsBroadContact = (id: CautionId) => (CAUTIONS[id].forbids as readonly string[]).includes("large-ball");

// Caution areas read from the atlas two ways: a region whose endangerment site rules out even the
// large soft ball, and a region where every atlas point carries such a caution.
const regionsOfPoints = new Map<string, CautionId[][]>();
for (const { point } of ATLAS_POINTS)
  regionsOfPoints.set(point.location.region, [...(regionsOfPoints.get(point.location.region) ?? []), point.cautions]);
const CAUTION_AREAS = new Set<string>([
  ...Object.entries(ENDANGERMENT_SITES)
    .filter(([, site]) => forbidsBroadContact(site))
    .map(([region]) => region),
  ...[...regionsOfPoints].filter(([, cautions]) => cautions.every((list) => list.some(forbidsBroadContact))).map(([region]) => region),
]);

const TOOL_SETS: Tool[][] = [["large-ball", "thumb"], ["thumb"]];
const routinesOfEveryPoint = ATLAS_POINTS.flatMap(({ point }) =>
  TOOL_SETS.map((tools) => ({ id: point.id, steps: buildRoutine({ points: [point.id], prefs: { tools } }).routine.steps })),
);
const warmUps = (steps: RoutineStep[]) => steps.filter((s) => s.kind === "warm-up");

describe("warm-ups and caution areas", () => {
  it("knows the caution areas from the atlas (front of the neck, armpit, groin, back of the knee)", () => {
    for (const region of ["neck-front", "armpit", "groin", "knee-back"]) expect(CAUTION_AREAS).toContain(region);
  });

  it("never places a warm-up over a caution area that rules out broad contact, for any atlas point", () => {
    const offending = routinesOfEveryPoint.flatMap(({ id, steps }) =>
      warmUps(steps)
        .filter((s) => CAUTION_AREAS.has(s.area ?? ""))
        .map((s) => `${id}: warm-up over ${s.area}`),
    );
    expect(offending).toEqual([]);
  });

  it("warms the calf instead of the back of the knee and the neck's base instead of its front, keeping off the zone", () => {
    const { routine } = buildRoutine({ points: ["sternocleidomastoid-sternal-1", "gastrocnemius-3"], prefs: { tools: ["thumb"] } });
    const steps = warmUps(routine.steps);
    expect(steps.map((s) => s.area)).toEqual(["neck-base", "calf"]);
    expect(steps[0]?.instructions).toMatch(/keep your hand off the front and side of the neck/i);
    expect(steps[1]?.instructions).toMatch(/keep your hand off the back of the knee/i);
    for (const step of steps) expect(step.instructions).not.toMatch(/over the (back of the knee|front and side of the neck)/);
  });

  it("warms a neighbouring area once, even when the routine also has points there", () => {
    const { routine } = buildRoutine({ points: ["gastrocnemius-3", "gastrocnemius-1"], prefs: { tools: ["thumb"], minutesAvailable: 30 } });
    expect(warmUps(routine.steps).map((s) => s.area)).toEqual(["calf"]);
  });

  it("leaves the warm-up out where no neighbouring area is safe to warm, and says so in a short sentence", () => {
    const { routine } = buildRoutine({ points: ["pectineus-1"], prefs: { tools: ["thumb"] } });
    expect(warmUps(routine.steps)).toEqual([]);
    expect(routine.steps[0]?.reason).toMatch(/^No warm-up rub over the groin/);
  });
});

const DOUBLED_STOP = /\.\./;
// A label, a colon, then a second label and colon before a new sentence ("here: back of the knee: The hollow").
// A colon inside an atlas sentence ("Find it: Lift the big toe: a small muscle tightens") is not one.
const STACKED_LABELS = /:\s[^.!?:;]{1,60}:\s[A-Z]/;

describe("routine wording", () => {
  it("has no doubled full stop or stacked labels in any step of any atlas point's routine", () => {
    const practised = ATLAS_POINTS.map(({ point }) => ({
      id: point.id,
      steps: buildRoutine({
        points: [point.id],
        prefs: { tools: ["large-ball", "small-ball", "foam-roller", "massage-gun", "thumb"], experience: "practised" },
      }).routine.steps,
    }));
    const broken = [...routinesOfEveryPoint, ...practised].flatMap(({ id, steps }) =>
      steps.flatMap((s) =>
        [s.instructions, s.reason].filter((text) => DOUBLED_STOP.test(text) || STACKED_LABELS.test(text)).map((text) => `${id}: ${text}`),
      ),
    );
    expect(broken).toEqual([]);
  });
});
