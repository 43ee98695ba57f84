import { describe, expect, it } from "vitest";
import { rankChanges } from "./useRankChanges.ts";

describe("rank changes after a press test", () => {
  it("reports how many places each candidate moved, up as positive, and nothing for those that stayed", () => {
    const changes = rankChanges(["a", "b", "c", "d"], ["c", "a", "b", "d"]);
    expect(Object.fromEntries(changes)).toEqual({ c: 2, a: -1, b: -1 });
  });

  it("ignores candidates that were not ranked before", () => {
    expect(rankChanges(["a"], ["z", "a"]).get("z")).toBeUndefined();
  });
});
