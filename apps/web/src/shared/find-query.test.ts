import { FLAGS, REGIONS, SYMPTOMS } from "@unknot/core/vocabulary";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSearch, searchHref } from "../router/search.ts";
import { FIND_SEARCH, HOME_SEARCH, type FindState } from "./find-query.ts";

const read = (query: string) => {
  const { value, problems } = readSearch(FIND_SEARCH, new URLSearchParams(query));
  return { state: value, problems };
};

describe("the /find address", () => {
  it("reads the shared example: pain with levels, a symptom, and screening answered with nothing ticked", () => {
    const { state, problems } = read("pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=");
    expect(problems).toEqual([]);
    expect(state.pain).toEqual([
      { region: "temple-left", intensity: 7 },
      { region: "mastoid-left", intensity: 5 },
    ]);
    expect(state.symptoms).toEqual(["headache"]);
    expect(state.flags).toEqual([]);
  });

  it("treats a missing flags parameter as not yet answered, and lists the ticked questions when present", () => {
    expect(read("pain=temple-left:7").state.flags).toBeUndefined();
    expect(read("pain=temple-left:7&flags=fever,pregnant").state.flags).toEqual(["fever", "pregnant"]);
  });

  it("gives a region without a level the middle of the scale", () => {
    expect(read("pain=heel-right").state.pain).toEqual([{ region: "heel-right", intensity: 5 }]);
  });

  it("leaves out unknown areas, symptoms, flags and levels outside 0–10, saying what each was", () => {
    const { state, problems } = read("pain=temple-left:7,elbow-nowhere:3,heel-left:12&symptoms=hiccups&flags=dragons&tests=x");
    expect(state.pain).toEqual([{ region: "temple-left", intensity: 7 }]);
    expect(state.symptoms).toEqual([]);
    expect(state.flags).toBeUndefined();
    expect(state.tests).toEqual([]);
    expect(problems).toHaveLength(5);
    expect(problems.join(" ")).toMatch(/elbow-nowhere.*heel-left.*hiccups.*dragons.*"x"/);
  });

  it("never reads an unreadable screening answer as a no: the screening counts as not answered, and says why", () => {
    for (const flags of ["bogus", "fever,bogus", "bogus,", "none"]) {
      const { state, problems } = read(`pain=temple-left:5&flags=${flags}`);
      expect(state.flags, flags).toBeUndefined();
      expect(problems, flags).toEqual([
        expect.stringMatching(/^The safety questions are asked again because part of the answers could not be read: "(bogus|none)"\.$/),
      ]);
    }
    expect(read("pain=temple-left:5&flags=fever,,pregnant")).toEqual({
      state: expect.objectContaining({ flags: ["fever", "pregnant"] }),
      problems: [],
    });
  });

  it("names every painful area it cannot use, suggesting the area meant, and the level when it is outside 0–10", () => {
    expect(read("pain=templ-left:5").problems).toEqual([
      expect.stringMatching(/^"templ-left" is not an area of the body map \(did you mean temple-left[ ,].*\?\), so it was left out\.$/),
    ]);
    expect(read("pain=temple:5").problems).toEqual([
      '"temple" is not an area of the body map (did you mean temple-left or temple-right?), so it was left out.',
    ]);
    expect(read("pain=zzzz").problems).toEqual(['"zzzz" is not an area of the body map, so it was left out.']);
    expect(read("pain=:5").problems).toEqual(['":5" is not an area of the body map, so it was left out.']);
    for (const level of ["99", "-1", "abc", ""]) {
      const { state, problems } = read(`pain=temple-left:${level}`);
      expect(state.pain).toEqual([]);
      expect(problems).toEqual([`The pain level "${level}" for temple-left must be a number from 0 to 10, so that area was left out.`]);
    }
  });

  it("keeps a region written twice once, at its first place with its last level, and a test answered twice at its last answer", () => {
    const pain = [
      { region: "heel-left", intensity: 4 },
      { region: "temple-left", intensity: 7 },
    ];
    const tests = [{ triggerPoint: "soleus-1", result: "nothing" }];
    const written = "pain=heel-left:2,temple-left:7,heel-left:4&tests=soleus-1:tender,soleus-1:nothing";
    expect(read(written)).toEqual({ state: expect.objectContaining({ pain, tests }), problems: [] });
  });

  it("leaves out an age or a number of weeks that is not a number in range, saying which", () => {
    const { state, problems } = read("pain=temple-left&age=abc&weeks=6000");
    expect(state.age).toBeUndefined();
    expect(state.weeks).toBeUndefined();
    expect(problems).toEqual([
      "The age must be a number from 0 to 130, so it was left out.",
      "The number of weeks must be a number from 0 to 5200, so it was left out.",
    ]);
  });

  it("asks for the answers again with change=answers, written last, and ignores any other value of it", () => {
    const state: FindState = { pain: [{ region: "temple-left", intensity: 7 }], symptoms: [], flags: ["fever"], tests: [] };
    const href = searchHref(FIND_SEARCH, { ...state, change: "answers" });
    expect(href).toBe("/find?pain=temple-left:7&flags=fever&change=answers");
    expect(read(href.slice("/find?".length)).state.change).toBe("answers");
    expect(read("pain=temple-left&change=everything")).toEqual({ state: expect.objectContaining({ change: undefined }), problems: [] });
  });

  it("writes an address with nothing in it as the bare path", () => {
    expect(searchHref(HOME_SEARCH, { pain: [], symptoms: [], flags: undefined, tests: [] })).toBe("/");
  });

  it("writes the separators readably, so a link can be read and edited by hand", () => {
    const state: FindState = { pain: [{ region: "temple-left", intensity: 7 }], symptoms: ["headache"], flags: [], tests: [] };
    expect(searchHref(FIND_SEARCH, state)).toBe("/find?pain=temple-left:7&symptoms=headache&flags=");
    expect(searchHref(HOME_SEARCH, { ...state, flags: undefined })).toBe("/?pain=temple-left:7&symptoms=headache");
  });

  it("reads back exactly the state it writes", () => {
    const region = fc.constantFrom(...REGIONS.map((r) => r.id));
    const state = fc.record({
      pain: fc.uniqueArray(fc.record({ region, intensity: fc.integer({ min: 0, max: 10 }) }), { selector: (m) => m.region, maxLength: 12 }),
      symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOMS.map((s) => s.id)), { maxLength: 5 }),
      flags: fc.option(fc.uniqueArray(fc.constantFrom(...FLAGS.map((f) => f.id)), { maxLength: 4 }), { nil: undefined }),
      tests: fc.uniqueArray(
        fc.record({
          triggerPoint: fc.constantFrom("trapezius-upper-1", "temporalis-4"),
          result: fc.constantFrom("reproduces", "tender", "nothing"),
        }),
        { selector: (t) => t.triggerPoint },
      ),
      age: fc.option(fc.integer({ min: 0, max: 130 }), { nil: undefined }),
      weeks: fc.option(fc.integer({ min: 0, max: 5200 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (original) => {
        const { state: back, problems } = read(searchHref(FIND_SEARCH, original as FindState).replace(/^\/find\??/, ""));
        expect(problems).toEqual([]);
        expect(back).toEqual(original);
      }),
    );
  });
});
