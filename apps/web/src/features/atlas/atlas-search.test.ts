import { ATLAS, type MuscleRecord } from "@unknot/core/atlas";
import { MUSCLES, type MuscleGroup } from "@unknot/core/vocabulary";
import { describe, expect, it } from "vitest";
import { searchAtlas } from "./atlas-search.ts";

const groups = new Map<string, MuscleGroup>(MUSCLES.map((m) => [m.id, m.group]));
const groupOf = (muscle: MuscleRecord) => groups.get(muscle.id) ?? "trunk";
const ids = (query: string, group?: MuscleGroup) => searchAtlas(ATLAS, groupOf, query, group).map((m) => m.id);

describe("searching the atlas", () => {
  it("finds the muscles that send pain to a place, not only those named after it", () => {
    const found = ids("temple");
    expect(found).toEqual(expect.arrayContaining(["trapezius", "temporalis"]));
    expect(found).not.toContain("soleus");
  });

  it("needs every word to match, in any case, and puts muscles named by the search first", () => {
    expect(ids("UPPER Trapezius")[0]).toBe("trapezius");
    expect(ids("trapezius heel")).toEqual([]);
  });

  it("browses one body area when given one, and all muscles for an empty search", () => {
    expect(ids("").length).toBe(ATLAS.length);
    const legs = ids("", "leg-foot");
    expect(legs).toContain("soleus");
    expect(legs.every((id) => groups.get(id) === "leg-foot")).toBe(true);
  });
});
