// Test-only helpers: small, realistic diaries and fast-check arbitraries over real ids. Not exported by the barrel.
import fc from "fast-check";
import { ATLAS_POINTS, ATLAS_VERSION } from "../atlas/atlas.ts";
import { localDateOf, SessionMethodSchema, type SessionPoint } from "../diary/records.ts";
import type { PsfsItem } from "../diary/outcomes.ts";
import type {
  DiarySnapshot,
  StoredAssessment,
  StoredCheckIn,
  StoredGoal,
  StoredOutcome,
  StoredPressTest,
  StoredRoutine,
  StoredSession,
} from "../diary/stored.ts";
import { findTriggerPoints } from "../finder/find.ts";
import type { RegionId } from "../vocabulary/ids.ts";
import { REGIONS } from "../vocabulary/vocabulary.ts";

/** The period most statistics tests ask about: November 2026. */
export const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };

/** Ratings written as `{ "neck-back-left": 6 }`. */
export type RatingMap = Partial<Record<RegionId, number>>;

const toRatings = (map: RatingMap = {}) =>
  Object.entries(map).map(([region, intensity]) => ({ region: region as RegionId, intensity: intensity ?? 0 }));

function meta(id: string, instant: string) {
  return { id, localDate: localDateOf(instant), schemaVersion: 1, createdAt: instant, updatedAt: instant };
}

/** A stored session; points default to the fingers method and a pressure-pain of 4. */
export function makeSession(spec: {
  id: string;
  startedAt: string;
  points?: (Partial<SessionPoint> & { triggerPoint: string })[];
  before?: RatingMap;
  after?: RatingMap;
  notes?: string;
}): StoredSession {
  return {
    ...meta(spec.id, spec.startedAt),
    startedAt: spec.startedAt,
    points: (spec.points ?? []).map((point) => ({ method: "fingers" as const, maxPain: 4, ...point })),
    painBefore: toRatings(spec.before),
    painAfter: toRatings(spec.after),
    ...(spec.notes !== undefined ? { notes: spec.notes } : {}),
  };
}

/** A stored check-in. */
export function makeCheckIn(spec: { id: string; recordedAt: string; ratings: RatingMap; notes?: string }): StoredCheckIn {
  return {
    ...meta(spec.id, spec.recordedAt),
    recordedAt: spec.recordedAt,
    ratings: toRatings(spec.ratings),
    ...(spec.notes !== undefined ? { notes: spec.notes } : {}),
  };
}

/** A stored PSFS from `{ "turning my head": 3, … }`. */
export function makePsfs(id: string, takenAt: string, scores: Record<string, number>): StoredOutcome {
  const items: PsfsItem[] = Object.entries(scores).map(([activity, score]) => ({ activity, score }));
  return { ...meta(id, takenAt), measure: "psfs", takenAt, items };
}

/** A stored PGIC. */
export function makePgic(id: string, takenAt: string, score: number): StoredOutcome {
  return { ...meta(id, takenAt), measure: "pgic", takenAt, score };
}

/** A stored weekly goal. */
export function makeGoal(id: string, setAt: string, sessionsPerWeek: number): StoredGoal {
  return { ...meta(id, setAt), setAt, sessionsPerWeek };
}

/** A stored press test. */
export function makePressTest(id: string, recordedAt: string, triggerPoint: string, result: StoredPressTest["result"]): StoredPressTest {
  return { ...meta(id, recordedAt), recordedAt, triggerPoint, result };
}

/** A stored routine for the upper trapezius with a 5/10 pain ceiling. */
export function makeRoutine(id: string, createdAt: string): StoredRoutine {
  return {
    ...meta(id, createdAt),
    name: "Neck and shoulder, evenings",
    steps: [
      {
        kind: "warm-up",
        area: "shoulder-top",
        dose: { kind: "hold", seconds: 60 },
        instructions: "Roll the shoulders slowly.",
        reason: "Warm tissue first.",
      },
      {
        kind: "point",
        triggerPoint: "trapezius-upper-1",
        method: "pincer",
        dose: { kind: "hold", seconds: 60 },
        instructions: "Grip the ridge and hold.",
        reason: "It matched the temple pain.",
      },
    ],
    painCeiling: 5,
    timesPerDay: 1,
    stopRules: ["Stop on sharp, electric, burning or spreading numb pain."],
  };
}

/** A stored assessment whose result is the real finder's answer for a temple-and-neck drawing. */
export function makeAssessment(id: string, createdAt: string): StoredAssessment {
  const pain = [
    { region: "temple-left" as const, intensity: 6 },
    { region: "neck-back-left" as const, intensity: 4 },
  ];
  const result = findTriggerPoints({ pain, symptoms: ["headache"], flags: [], pressTests: [] });
  return { ...meta(id, createdAt), pain, symptoms: ["headache"], flags: [], durationWeeks: 6, atlasVersion: ATLAS_VERSION, result };
}

/** A diary from the parts given; missing collections are empty. */
export function makeDiary(parts: Partial<DiarySnapshot> = {}): DiarySnapshot {
  return { assessments: [], pressTests: [], routines: [], sessions: [], checkIns: [], outcomes: [], goals: [], ...parts };
}

// ---- fast-check arbitraries -------------------------------------------------------------------

const regionArb = fc.constantFrom(...REGIONS.map((region) => region.id));
const pointIdArb = fc.constantFrom(...ATLAS_POINTS.map((entry) => entry.point.id));
/** Intensities in tenths, so fractional ratings are covered without producing -0 or NaN. */
const intensityArb = fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10);
const noteArb = fc.string({ maxLength: 40, unit: "binary" });
const two = (n: number) => String(n).padStart(2, "0");

/** An instant with offset within 2025–2027, as people's devices write them. */
export const instantArb = fc
  .record({
    year: fc.integer({ min: 2025, max: 2027 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    offset: fc.constantFrom("Z", "+01:00", "-05:00", "+05:30", "+13:00"),
  })
  .map(({ year, month, day, hour, minute, offset }) => `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:00${offset}`);

const ratingsArb = (minLength: number) => fc.array(fc.record({ region: regionArb, intensity: intensityArb }), { minLength, maxLength: 4 });

const pointArb = fc.record(
  {
    triggerPoint: pointIdArb,
    method: fc.constantFrom(...SessionMethodSchema.options),
    seconds: fc.integer({ min: 0, max: 3600 }),
    strokes: fc.integer({ min: 0, max: 500 }),
    maxPain: intensityArb,
    notes: noteArb,
  },
  { requiredKeys: ["triggerPoint", "method", "maxPain"] },
);

/** A stored session with real trigger point and region ids. */
export const sessionArb: fc.Arbitrary<StoredSession> = fc
  .record({
    id: fc.uuid(),
    startedAt: instantArb,
    points: fc.array(pointArb, { maxLength: 3 }),
    before: ratingsArb(0),
    after: ratingsArb(0),
    notes: fc.option(noteArb, { nil: undefined }),
  })
  .map(({ id, startedAt, points, before, after, notes }) => ({
    ...meta(id, startedAt),
    startedAt,
    points,
    painBefore: before,
    painAfter: after,
    ...(notes !== undefined ? { notes } : {}),
  }));

/** A stored check-in with at least one rating. */
export const checkInArb: fc.Arbitrary<StoredCheckIn> = fc
  .record({ id: fc.uuid(), recordedAt: instantArb, ratings: ratingsArb(1), notes: fc.option(noteArb, { nil: undefined }) })
  .map(({ id, recordedAt, ratings, notes }) => ({
    ...meta(id, recordedAt),
    recordedAt,
    ratings,
    ...(notes !== undefined ? { notes } : {}),
  }));

/** A stored press test. */
export const pressTestArb: fc.Arbitrary<StoredPressTest> = fc
  .record({
    id: fc.uuid(),
    recordedAt: instantArb,
    triggerPoint: pointIdArb,
    result: fc.constantFrom("reproduces" as const, "tender" as const, "nothing" as const),
  })
  .map(({ id, recordedAt, triggerPoint, result }) => makePressTest(id, recordedAt, triggerPoint, result));

const activityArb = fc.constantFrom(
  "turning my head",
  "sleeping on my side",
  "carrying shopping",
  "climbing stairs",
  "typing",
  "lifting a child",
);

/** A stored PSFS (three to five distinct activities) or PGIC. */
export const outcomeArb: fc.Arbitrary<StoredOutcome> = fc.oneof(
  fc
    .record({
      id: fc.uuid(),
      takenAt: instantArb,
      activities: fc.uniqueArray(activityArb, { minLength: 3, maxLength: 5 }),
      scores: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
    })
    .map(({ id, takenAt, activities, scores }) =>
      makePsfs(id, takenAt, Object.fromEntries(activities.map((activity, i) => [activity, scores[i] ?? 0]))),
    ),
  fc
    .record({ id: fc.uuid(), takenAt: instantArb, score: fc.integer({ min: 1, max: 7 }) })
    .map(({ id, takenAt, score }) => makePgic(id, takenAt, score)),
);

/** A stored weekly goal. */
export const goalArb: fc.Arbitrary<StoredGoal> = fc
  .record({ id: fc.uuid(), setAt: instantArb, sessionsPerWeek: fc.integer({ min: 1, max: 14 }) })
  .map(({ id, setAt, sessionsPerWeek }) => makeGoal(id, setAt, sessionsPerWeek));

const byId = { selector: (record: { id: string }) => record.id, maxLength: 6 };

/** A diary of generated sessions, check-ins, press tests, outcome measures and goals, plus an optional real routine and assessment. */
export const diaryArb: fc.Arbitrary<DiarySnapshot> = fc
  .record({
    sessions: fc.uniqueArray(sessionArb, byId),
    checkIns: fc.uniqueArray(checkInArb, byId),
    pressTests: fc.uniqueArray(pressTestArb, byId),
    outcomes: fc.uniqueArray(outcomeArb, byId),
    goals: fc.uniqueArray(goalArb, { ...byId, maxLength: 3 }),
    withExtras: fc.boolean(),
  })
  .map(({ withExtras, ...parts }) =>
    makeDiary({
      ...parts,
      ...(withExtras
        ? {
            routines: [makeRoutine("routine-1", "2026-10-30T20:00:00+01:00")],
            assessments: [makeAssessment("assessment-1", "2026-10-29T18:00:00+01:00")],
          }
        : {}),
    }),
  );
