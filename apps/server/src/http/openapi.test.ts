import { openTestSqlite } from "@unknot/storage/testing";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.ts";

describe("GET /api/openapi.json", () => {
  it("describes every route with request schemas generated from the validators", async () => {
    const test = openTestSqlite();
    try {
      const doc = (await (await createApp({ store: test.store, dataDir: test.dataDir }).request("/api/openapi.json")).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
        components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
      };
      expect(doc.openapi).toBe("3.1.0");
      for (const path of [
        "/api/find",
        "/api/sessions",
        "/api/sessions/{id}",
        "/api/check-ins",
        "/api/press-tests",
        "/api/routines",
        "/api/assessments",
        "/api/outcomes",
        "/api/outcomes/{id}",
        "/api/goals",
      ]) {
        expect(doc.paths[path]).toBeDefined();
      }
      const app = createApp({ store: test.store, dataDir: test.dataDir });
      const routes = app.routes.filter((route) => route.path.startsWith("/api/") && route.method !== "ALL");
      expect(routes.length).toBeGreaterThan(20);
      for (const route of routes) {
        const path = route.path.replace(/:(\w+)/g, "{$1}");
        expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
      }
      expect(doc.components.schemas.SessionsInput?.required).toEqual(
        expect.arrayContaining(["startedAt", "points", "painBefore", "painAfter"]),
      );
      expect(JSON.stringify(doc.components.schemas.OutcomesInput)).toMatch(/"psfs".*"pgic"/s);
      expect(Object.keys(doc.components.schemas.FindInput?.properties ?? {})).toEqual(
        expect.arrayContaining(["pain", "symptoms", "flags", "pressTests"]),
      );
    } finally {
      await test.close();
    }
  });
});
