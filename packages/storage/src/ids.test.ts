import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newRecordId, uuidV7 } from "./ids.ts";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("record ids", () => {
  it("are UUIDv7 strings that begin with the time they were made", () => {
    const id = newRecordId(Date.parse("2026-11-24T10:00:00Z"));
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.parse("2026-11-24T10:00:00Z"));
  });

  it("sort in the order they were made, within one millisecond and when the clock steps back", () => {
    const times = [1_800_000_000_000, 1_800_000_000_000, 1_800_000_000_000, 1_799_999_999_000, 1_800_000_000_005];
    const ids = times.map((t) => newRecordId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("stay ordered past 4,096 ids in one millisecond", () => {
    const ids = Array.from({ length: 10_000 }, () => newRecordId(1_900_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("order by time whatever the random bits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.integer({ min: 1, max: 2 ** 20 }),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        (t, gap, a, b) => {
          const earlier = uuidV7(t, 4095, a);
          const later = uuidV7(t + gap, 0, b);
          expect(earlier).toMatch(UUID_V7);
          expect(later).toMatch(UUID_V7);
          expect(earlier < later).toBe(true);
        },
      ),
    );
  });
});
