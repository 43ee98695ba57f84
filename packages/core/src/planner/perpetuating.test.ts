import { describe, expect, it } from "vitest";
import { FACTOR_QUESTIONS } from "./factor-questions.ts";
import { adviseOnFactors, parseFactorAnswers } from "./perpetuating.ts";

describe("perpetuating factors", () => {
  it("defines each question once, in plain words, with at least two answers", () => {
    const ids = FACTOR_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of FACTOR_QUESTIONS) {
      expect(question.text).toMatch(/\?$/);
      expect(question.options.length).toBeGreaterThanOrEqual(2);
    }
    for (const topic of ["sitting", "posture", "sleep", "exercise", "repetitive", "injury", "age", "diet", "stress"])
      expect(ids).toContain(topic);
  });

  it("gives no advice when every answer is reassuring", () => {
    expect(
      adviseOnFactors(
        {
          sitting: "under-4",
          posture: "no",
          sleep: "well",
          exercise: "weekly",
          repetitive: "no",
          injury: "no",
          age: "under-40",
          diet: "no",
          fatigue: "no",
          stress: "low",
        },
        [],
      ),
    ).toEqual([]);
  });

  it("asks for tests of vitamin D, ferritin and B12 rather than blind supplements", () => {
    const [advice] = adviseOnFactors({ diet: "yes" }, []);
    expect(advice?.factor).toBe("nutrition");
    expect(advice?.advice).toMatch(/ask your doctor to test vitamin D, ferritin/);
    expect(advice?.advice).toMatch(/B12/);
    expect(advice?.advice).toMatch(/Rather than taking supplements blindly/);
    expect(advice?.evidence).not.toBe("good");
  });

  it("raises nutrition for unusual tiredness even with a varied diet", () => {
    expect(adviseOnFactors({ diet: "no", fatigue: "yes" }, []).map((a) => a.factor)).toEqual(["nutrition"]);
  });

  it("ties desk-work advice to the person's neck and shoulder points", () => {
    const withPoints = adviseOnFactors({ sitting: "over-8" }, ["trapezius-upper-1", "levator-scapulae-1", "soleus-1"]);
    expect(withPoints[0]?.advice).toMatch(/your points in the trapezius and levator scapulae/);
    expect(withPoints[0]?.advice).not.toMatch(/soleus/);
    expect(adviseOnFactors({ sitting: "over-8" }, ["soleus-1"])[0]?.advice).not.toMatch(/your points/);
  });

  it("ties stress advice to jaw points", () => {
    const [advice] = adviseOnFactors({ stress: "high" }, ["masseter-superficial-1"]);
    expect(advice).toMatchObject({ factor: "stress", evidence: "limited" });
    expect(advice?.advice).toMatch(/masseter/);
  });

  it("rates exercise for inactive people as well supported", () => {
    expect(adviseOnFactors({ exercise: "rarely" }, [])).toEqual([expect.objectContaining({ factor: "exercise", evidence: "good" })]);
  });

  it("sends a recent injury to be checked first", () => {
    expect(adviseOnFactors({ injury: "yes" }, [])[0]?.advice).toMatch(/checked first/);
  });

  it("names the question for a bad answer or an unknown question", () => {
    expect(parseFactorAnswers({ sleep: "badly" })).toMatchObject({ ok: false, field: "sleep" });
    expect(parseFactorAnswers({ sleep: "badly" })).toMatchObject({ error: expect.stringMatching(/^sleep: must be one of "well"/) });
    expect(parseFactorAnswers({ shoes: "yes" })).toMatchObject({ ok: false, error: "shoes: is not a known field" });
    expect(parseFactorAnswers({ stress: "high" })).toEqual({ ok: true, value: { stress: "high" } });
  });
});
