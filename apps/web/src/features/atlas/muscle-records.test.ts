import { describe, expect, it } from "vitest";
import { ATLAS } from "@unknot/core/atlas";
import { muscleRecord } from "./muscle-records.ts";

describe("a muscle's record, loaded with its body area only", () => {
  it("is the atlas's own record for every muscle of the atlas", async () => {
    for (const muscle of ATLAS) expect(await muscleRecord(muscle.id), muscle.id).toBe(muscle);
  });

  it("is undefined for a muscle the atlas does not have", async () => {
    expect(await muscleRecord("not-a-muscle")).toBeUndefined();
  });
});
