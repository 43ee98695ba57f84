import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { useSqliteTestApp } from "../test-app.ts";
import { contractProblems, contractRoutes, openApiDocument } from "./openapi.ts";

describe("the HTTP contract", () => {
  let test: TestStore;
  beforeAll(() => {
    test = openTestSqlite();
  });
  afterAll(async () => test.close());

  it("puts every API route of the app's route table behind a validator, with a description", () => {
    const app = createApp({ store: test.store, dataDir: test.dataDir });
    const routes = contractRoutes(app.routes);
    expect(routes.length).toBeGreaterThan(40);
    expect(contractProblems(app.routes)).toEqual([]);
    const bodies = routes.filter((route) => route.checks.some((check) => check.target === "json")).map((r) => `${r.method} ${r.path}`);
    expect(bodies).toEqual(expect.arrayContaining(["POST /api/find", "POST /api/plan/routine", "PUT /api/sessions/{id}"]));
  });

  it("cannot gain a route silently: one added without a validator is named, and the document refuses to be built", () => {
    const app = createApp({ store: test.store, dataDir: test.dataDir });
    app.post("/api/unchecked", async (c) => c.json(await c.req.json()));
    expect(contractProblems(app.routes)).toEqual([
      "POST /api/unchecked: no validator (http/validate.ts)",
      "POST /api/unchecked: no description (http/openapi-operations.ts)",
    ]);
    expect(() => openApiDocument(app.routes)).toThrow(/POST \/api\/unchecked: no validator/);
  });

  it("documents each route's parameters and body from the schemas its validators use", async () => {
    const response = await createApp({ store: test.store, dataDir: test.dataDir }).request("/api/openapi.json");
    const doc = (await response.json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string; required: boolean }[]; requestBody?: unknown }>>;
      components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
    };
    const progress = doc.paths["/api/progress"]?.get?.parameters ?? [];
    expect(progress.filter((p) => p.required).map((p) => p.name)).toEqual(["from", "to"]);
    expect(progress.map((p) => p.name)).toEqual(expect.arrayContaining(["region", "bucket"]));
    expect(doc.paths["/api/sessions/{id}"]?.delete?.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
    expect(doc.paths["/api/plan/routine"]?.post?.requestBody).toEqual(
      expect.objectContaining({ content: { "application/json": { schema: { $ref: "#/components/schemas/RoutineRequest" } } } }),
    );
    expect(doc.components.schemas.RoutineRequest?.required).toEqual(["points"]);
    expect(Object.keys(doc.components.schemas.RoutineRequest?.properties ?? {})).toContain("useDiary");
  });
});

describe("planner bodies are validated before the planner runs", () => {
  const app = useSqliteTestApp();
  const cases: [path: string, body: unknown, message: string][] = [
    [
      "/api/plan/routine",
      { points: ["trapezius-upper-1"], prefs: { experience: "expert" } },
      'prefs.experience: must be "new" or "practised"',
    ],
    ["/api/plan/routine", { points: ["trapezius-upper-1"], mood: "fine" }, "mood: is not a known field"],
    ["/api/plan/routine", { points: ["trapezius-upper-1"], useDiary: "yes" }, "useDiary: Invalid input: expected boolean, received string"],
    ["/api/plan/routine", { prefs: {} }, "points: is missing"],
    [
      "/api/plan/workout",
      {
        activity: "running",
        phase: "pre",
        feelings: [
          { region: "calf-left", feeling: "stiff" },
          { region: "calf-left", feeling: "sore", mood: 1 },
        ],
      },
      "feelings[1].mood: is not a known field",
    ],
    ["/api/plan/factors", { answers: {}, points: "trapezius-upper-1" }, "points: Invalid input: expected array, received string"],
  ];

  it.each(cases)("%s answers 400 naming the field for %j", async (path, body, message) => {
    const response = await app.call("POST", path, body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { message, field: message.split(":")[0] } });
  });
});
