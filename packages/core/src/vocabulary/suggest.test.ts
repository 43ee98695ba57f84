import { describe, expect, it } from "vitest";
import { ATLAS_POINTS } from "../atlas/atlas.ts";
import { didYouMean, normaliseId, suggestIds } from "./suggest.ts";
import { FLAGS, MUSCLES, REGIONS } from "./vocabulary.ts";

const regions = REGIONS.map((r) => r.id);
const muscles = MUSCLES.map((m) => m.id);
const points = ATLAS_POINTS.map((p) => p.point.id);

describe("suggestIds", () => {
  it("completes an id given without its side or number", () => {
    expect(suggestIds("temple", regions)).toEqual(["temple-left", "temple-right"]);
    const infraspinatus = suggestIds("infraspinatus", points);
    expect(infraspinatus[0]).toBe("infraspinatus-1");
    expect(infraspinatus.every((id) => id.startsWith("infraspinatus-"))).toBe(true);
  });

  it("finds ids with a typing error, a swapped word order or other case", () => {
    expect(suggestIds("tempel-left", regions)[0]).toBe("temple-left");
    expect(suggestIds("Left Temple", regions)).toEqual(["temple-left"]);
    expect(suggestIds("trapezuis", muscles)[0]).toBe("trapezius");
    expect(suggestIds("bicepz", muscles)[0]).toMatch(/^biceps/);
    expect(
      suggestIds(
        "saddle-numbnes",
        FLAGS.map((f) => f.id),
      ),
    ).toEqual(["saddle-numbness"]);
  });

  it("suggests nothing for a word unlike every id, and at most the limit", () => {
    expect(suggestIds("xyzzy", regions)).toEqual([]);
    expect(suggestIds("", regions)).toEqual([]);
    expect(suggestIds("neck", regions, 2)).toHaveLength(2);
  });
});

describe("didYouMean", () => {
  it("lists the suggestions as a question, or says nothing", () => {
    expect(didYouMean("temple", regions)).toBe("did you mean temple-left or temple-right?");
    expect(didYouMean("sternocleidomastiod", muscles)).toBe("did you mean sternocleidomastoid?");
    expect(didYouMean("qwerty", regions)).toBeUndefined();
  });
});

describe("normaliseId", () => {
  it("writes typed words the way ids are written", () => {
    expect(normaliseId("  Upper  Trapezius ")).toBe("upper-trapezius");
    expect(normaliseId("TEMPLE_left")).toBe("temple-left");
  });
});
