import { SessionInputSchema } from "@unknot/core/diary";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type testApp, useSqliteTestApp } from "../test-app.ts";

const WRITE_ROUTES = ["/api/sessions", "/api/assessments", "/api/press-tests", "/api/routines", "/api/check-ins", "/api/find"];
const LIST_ROUTES = ["/api/sessions", "/api/assessments", "/api/press-tests", "/api/routines", "/api/check-ins"];

const validSession = {
  startedAt: "2026-11-20T07:30:00+01:00",
  points: [{ triggerPoint: "trapezius-upper-1", method: "large-ball", seconds: 60, maxPain: 4 }],
  painBefore: [{ region: "temple-left", intensity: 6 }],
  painAfter: [{ region: "temple-left", intensity: 3 }],
};

/** Hostile values: wrong types, huge numbers, prototype tricks, deep nesting, odd strings. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    null,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    "",
    "<script>alert(1)</script>",
    "'; DROP TABLE sessions; --",
    "\u0000",
    "💥".repeat(50),
  ),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown),
);

/** A valid session with one field replaced by a hostile value, or one field removed. */
const brokenSession = fc
  .oneof(
    fc
      .record({ key: fc.constantFrom("startedAt", "points", "painBefore", "painAfter"), value: hostile })
      .map(({ key, value }) => ({ ...validSession, [key]: value })),
    fc
      .constantFrom("startedAt", "points", "painBefore", "painAfter")
      .map((key) => Object.fromEntries(Object.entries(validSession).filter(([k]) => k !== key))),
    hostile.map((value) => ({ ...validSession, points: [{ ...validSession.points[0], maxPain: value }] })),
    hostile.map((value) => ({ ...validSession, painBefore: [{ region: value, intensity: 3 }] })),
  )
  // A replacement can happen to be valid (an empty painBefore list is allowed): keep only bodies the schema refuses.
  .filter((body) => !SessionInputSchema.safeParse(body).success);

const rawBody = fc.oneof(
  hostile.map((value) => JSON.stringify(value) ?? "null"),
  brokenSession.map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constantFrom("{", "[]", "{}", "null", '{"a":', "\u0000\u0001"),
);

describe("write routes under hostile input", () => {
  const app = useSqliteTestApp();
  const call: Awaited<ReturnType<typeof testApp>>["call"] = (...args) => app.call(...args);

  const counts = async () =>
    Promise.all(LIST_ROUTES.map(async (route) => ((await call("GET", `${route}?limit=500`)).body as { items: unknown[] }).items.length));

  it("never answers 500 or stores anything for malformed and hostile bodies", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITE_ROUTES), rawBody, async (route, body) => {
        const response = await call("POST", route, body);
        expect([400, 413]).toContain(response.status);
        expect(response.body).toMatchObject({ error: { message: expect.any(String) } });
      }),
      { numRuns: 400 },
    );
    await fc.assert(
      fc.asyncProperty(rawBody, async (body) => {
        const response = await call("PUT", "/api/sessions/does-not-exist", body);
        expect([400, 404, 413]).toContain(response.status);
      }),
      { numRuns: 100 },
    );
    expect(await counts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
