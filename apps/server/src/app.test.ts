import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "@unknot/storage/testing";
import { createApp } from "./app.ts";
import { migrate } from "@unknot/storage";

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`HTTP app on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await open();
      await migrate(test.store);
    });
    afterAll(async () => test?.close());

    it("reports health with the database engine and atlas version", async () => {
      const response = await createApp({ store: test.store, dataDir: test.dataDir }).request("/api/health");
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok", database: engine, atlasVersion: expect.stringMatching(/^\d{4}\./) });
    });

    it("answers an unknown API path with a JSON 404 naming it", async () => {
      const response = await createApp({ store: test.store, dataDir: test.dataDir }).request("/api/nothing-here");
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { message: "No such endpoint: GET /api/nothing-here" } });
    });
  });
}
