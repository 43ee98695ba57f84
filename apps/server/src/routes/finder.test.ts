import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { createApp } from "../app.ts";

describe("finder API", () => {
  let test: TestStore;
  beforeAll(() => {
    test = openTestSqlite();
  });
  afterAll(async () => test.close());

  const post = (body: string) =>
    createApp({ store: test.store, dataDir: test.dataDir }).request("/api/find", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });

  it("ranks trigger points for a drawing, safety first", async () => {
    const response = await post(
      JSON.stringify({ pain: [{ region: "temple-left", intensity: 7 }, { region: "mastoid-left" }], symptoms: ["headache"] }),
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as { safety: { level: string }; candidates: { muscle: string }[] };
    expect(result.safety.level).toBe("none");
    expect(result.candidates[0]?.muscle).toBe("trapezius");
  });

  it("tells the clients what self-care the verdict allows", async () => {
    const sciatica = {
      pain: [
        { region: "buttock-lower-left", intensity: 7 },
        { region: "thigh-back-left", intensity: 5 },
        { region: "calf-left", intensity: 4 },
      ],
      symptoms: ["numbness-tingling", "weakness"],
    };
    type Result = { safety: { level: string; selfCare: string; timeFrame: string; stopRule?: string }; nextPressTest?: unknown };
    const checked = (await (await post(JSON.stringify(sciatica))).json()) as Result;
    expect(checked.safety).toMatchObject({
      level: "see-clinician",
      selfCare: "gently-with-stop-rules",
      stopRule: expect.stringMatching(/tingling/),
    });
    const urgent = (await (await post(JSON.stringify({ ...sciatica, flags: ["progressive-weakness"] }))).json()) as Result;
    expect(urgent.safety).toMatchObject({ level: "urgent", selfCare: "not-until-checked", timeFrame: "Get medical care today" });
    expect(urgent.nextPressTest).toBeUndefined();
  });

  it("answers bad input with 400 naming the field", async () => {
    const response = await post(JSON.stringify({ pain: [{ region: "temple-left", intensity: 12 }] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { message: "pain[0].intensity: must be from 0 to 10", field: "pain[0].intensity" } });
  });

  it("answers malformed JSON and an empty body with 400", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post("")).status).toBe(400);
  });

  it("refuses an oversize body with 413", async () => {
    const response = await post(JSON.stringify({ pain: [], note: "x".repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it("serves the whole atlas", async () => {
    const response = await createApp({ store: test.store, dataDir: test.dataDir }).request("/api/atlas");
    const atlas = (await response.json()) as { muscles: unknown[]; version: string };
    expect(atlas.muscles).toHaveLength(104);
  });
});
