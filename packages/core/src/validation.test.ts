import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formatPath, parseWith } from "./validation.ts";

const Schema = z.strictObject({
  name: z.string(),
  pain: z.array(z.strictObject({ region: z.string(), intensity: z.number().min(0).max(10) })),
});

describe("parseWith", () => {
  it("returns the value when it is valid", () => {
    expect(parseWith(Schema, { name: "a", pain: [] }, "input")).toEqual({ ok: true, value: { name: "a", pain: [] } });
  });

  it("names a nested field and what is wrong with it", () => {
    const parsed = parseWith(Schema, { name: "a", pain: [{ region: "x", intensity: 11 }] }, "input");
    expect(parsed).toMatchObject({ ok: false, field: "pain[0].intensity", error: expect.stringMatching(/^pain\[0\]\.intensity: .*10/) });
  });

  it("says a field is missing rather than which type it should have", () => {
    expect(parseWith(Schema, { pain: [] }, "input")).toEqual({ ok: false, field: "name", error: "name: is missing" });
  });

  it("names an unknown field as the field at fault", () => {
    expect(parseWith(Schema, { name: "a", pain: [{ region: "x", intensity: 1, colour: "red" }] }, "input")).toEqual({
      ok: false,
      field: "pain[0].colour",
      error: "pain[0].colour: is not a known field",
    });
  });

  it("uses the name of the whole input when the input itself is wrong", () => {
    expect(parseWith(Schema, "text", "backup")).toMatchObject({ ok: false, field: "", error: expect.stringMatching(/^backup: /) });
  });
});

describe("formatPath", () => {
  it("writes indexes in brackets and keys after dots", () => {
    expect(formatPath(["pain", 0, "intensity"])).toBe("pain[0].intensity");
    expect(formatPath([])).toBe("");
  });
});
