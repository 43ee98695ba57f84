import { describe, expect, expectTypeOf, it } from "vitest";
import { MUSCLES, REGIONS } from "../vocabulary/vocabulary.ts";
import { anatomicalRegionOf } from "../vocabulary/vocabulary.ts";
import { ATLAS, ATLAS_POINTS, findMuscle, referralsTo } from "./atlas.ts";
import { atlasDocument } from "./export.ts";
import { checkMuscles } from "./integrity.ts";
import { MuscleRecordSchema, type MuscleRecordShape } from "./schema.ts";
import type { MuscleRecord } from "./types.ts";

describe("atlas integrity", () => {
  it("breaks none of the atlas rules (ids, regions, symptoms, texts, methods, doses, endangerment cautions)", () => {
    expect(checkMuscles(ATLAS)).toEqual([]);
  });

  it("matches its runtime schema record by record", () => {
    for (const muscle of ATLAS) expect(MuscleRecordSchema.safeParse(muscle).error?.issues ?? []).toEqual([]);
    expectTypeOf<MuscleRecord>().toExtend<MuscleRecordShape>();
  });

  it("covers every contract muscle, in contract order, with at least 180 trigger points", () => {
    expect(ATLAS.map((m) => m.id)).toEqual(MUSCLES.map((m) => m.id));
    expect(ATLAS_POINTS.length).toBeGreaterThanOrEqual(180);
    expect(new Set(ATLAS_POINTS.map((p) => p.point.id)).size).toBe(ATLAS_POINTS.length);
  });

  it("lets nearly every region of the body map be explained by some trigger point", () => {
    const bases = [...new Set(REGIONS.map((r) => anatomicalRegionOf(r.id)))];
    const orphans = bases.filter((base) => referralsTo(base).length === 0);
    expect(orphans).toEqual([]);
  });

  it("indexes referrals by region with essential zones first", () => {
    const temple = referralsTo("temple");
    expect(temple.some((r) => r.muscleId === "trapezius" && r.kind === "essential")).toBe(true);
    const firstSpillover = temple.findIndex((r) => r.kind === "spillover");
    if (firstSpillover >= 0) expect(temple.slice(firstSpillover).every((r) => r.kind === "spillover")).toBe(true);
  });
});

/** Well-known referral patterns from the classic texts; a wrong atlas zone breaks one of these. */
const KNOWN_PATTERNS: readonly [string, string, "essential" | "any"][] = [
  ["trapezius", "temple", "essential"],
  ["soleus", "heel", "essential"],
  ["gluteus-minimus", "leg-outer", "any"],
  ["gluteus-minimus", "thigh-outer", "essential"],
  ["infraspinatus", "shoulder-front", "essential"],
  ["sternocleidomastoid", "forehead", "any"],
  ["masseter", "ear", "any"],
  ["temporalis", "upper-teeth", "essential"],
  ["splenius-capitis", "vertex", "essential"],
  ["levator-scapulae", "neck-base", "essential"],
  ["scalenes", "chest", "any"],
  ["scalenes", "scapula-medial", "any"],
  ["quadratus-lumborum", "sacroiliac", "essential"],
  ["iliopsoas", "lumbar", "essential"],
  ["gastrocnemius", "sole", "any"],
  ["piriformis", "thigh-back", "any"],
  ["tibialis-anterior", "big-toe", "essential"],
  ["fibularis-longus", "ankle-outer", "essential"],
  ["extensor-carpi-radialis-longus", "elbow-outer", "essential"],
  ["pectoralis-minor", "shoulder-front", "essential"],
  ["rectus-femoris", "knee-front", "essential"],
  ["supraspinatus", "shoulder-side", "essential"],
  ["rhomboids", "scapula-medial", "essential"],
  ["abductor-hallucis", "heel", "any"],
];

describe("atlas spot check of well-known referral patterns", () => {
  it.each(KNOWN_PATTERNS)("%s refers to %s (%s)", (muscleId, region, kind) => {
    const muscle = findMuscle(muscleId);
    const zones = muscle?.triggerPoints.flatMap((p) => p.referral) ?? [];
    expect(zones.some((z) => z.region === region && (kind === "any" || z.kind === kind))).toBe(true);
  });
});

describe("atlas document", () => {
  it("has the contract's least shape", () => {
    const doc = JSON.parse(JSON.stringify(atlasDocument())) as {
      muscles: {
        id: string;
        name: string;
        triggerPoints: { id: string; region?: string; referral: { region: string; kind: string }[] }[];
      }[];
    };
    expect(doc.muscles).toHaveLength(104);
    for (const muscle of doc.muscles) {
      expect(muscle).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String) }));
      for (const point of muscle.triggerPoints) {
        expect(point.region).toEqual(expect.any(String));
        for (const zone of point.referral) expect(["essential", "spillover"]).toContain(zone.kind);
      }
    }
  });
});
