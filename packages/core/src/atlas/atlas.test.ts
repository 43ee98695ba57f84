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
  ["gluteus-minimus", "calf", "essential"],
  ["gluteus-medius", "sacroiliac", "essential"],
  ["gluteus-medius", "iliac-crest", "essential"],
  ["gluteus-maximus", "coccyx", "essential"],
  ["tensor-fasciae-latae", "thigh-outer", "essential"],
  ["pectineus", "groin", "essential"],
  ["infraspinatus", "shoulder-front", "essential"],
  ["trapezius", "mastoid", "essential"],
  ["trapezius", "neck-front", "any"],
  ["sternocleidomastoid", "forehead", "any"],
  ["sternocleidomastoid", "sternum", "essential"],
  ["sternocleidomastoid", "throat", "any"],
  ["sternocleidomastoid", "vertex", "essential"],
  ["digastric", "neck-front", "essential"],
  ["medial-pterygoid", "throat", "essential"],
  ["suboccipitals", "occiput", "essential"],
  ["masseter", "ear", "any"],
  ["temporalis", "upper-teeth", "essential"],
  ["splenius-capitis", "vertex", "essential"],
  ["levator-scapulae", "neck-base", "essential"],
  ["scalenes", "chest", "any"],
  ["scalenes", "scapula-medial", "any"],
  ["quadratus-lumborum", "sacroiliac", "essential"],
  ["iliopsoas", "lumbar", "essential"],
  ["iliopsoas", "thigh-front", "essential"],
  ["longissimus", "buttock-lower", "essential"],
  ["longissimus", "buttock-upper", "essential"],
  ["iliocostalis", "buttock-upper", "essential"],
  ["quadratus-lumborum", "hip-side", "essential"],
  ["rectus-abdominis", "thoracolumbar", "essential"],
  ["gastrocnemius", "sole", "any"],
  ["gastrocnemius", "knee-back", "essential"],
  ["tibialis-posterior", "achilles", "essential"],
  ["quadratus-plantae", "heel", "essential"],
  ["piriformis", "thigh-back", "any"],
  ["piriformis", "sacroiliac", "essential"],
  ["tibialis-anterior", "big-toe", "essential"],
  ["fibularis-longus", "ankle-outer", "essential"],
  ["extensor-digitorum-longus", "foot-top", "essential"],
  ["flexor-hallucis-longus", "big-toe", "essential"],
  ["extensor-carpi-radialis-longus", "elbow-outer", "essential"],
  ["brachioradialis", "hand-dorsal", "essential"],
  ["supinator", "elbow-outer", "essential"],
  ["extensor-digitorum", "middle-finger", "essential"],
  ["finger-flexors", "middle-finger", "essential"],
  ["adductor-pollicis", "thumb", "essential"],
  ["pectoralis-minor", "shoulder-front", "essential"],
  ["pectoralis-minor", "middle-finger", "any"],
  ["subclavius", "middle-finger", "any"],
  ["brachialis", "thumb", "essential"],
  ["subscapularis", "wrist-dorsal", "any"],
  ["latissimus-dorsi", "scapula-lower", "essential"],
  ["serratus-anterior", "ribs-side", "essential"],
  ["rectus-femoris", "knee-front", "essential"],
  ["vastus-medialis", "knee-front", "essential"],
  ["vastus-lateralis", "knee-outer", "essential"],
  ["adductor-longus", "groin", "essential"],
  ["adductor-longus", "knee-inner", "essential"],
  ["adductor-magnus", "pelvic-floor", "essential"],
  ["biceps-femoris", "knee-back", "essential"],
  ["semitendinosus", "buttock-lower", "essential"],
  ["popliteus", "knee-back", "essential"],
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
