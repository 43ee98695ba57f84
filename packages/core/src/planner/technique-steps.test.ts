import { describe, expect, it } from "vitest";
import { ATLAS, findTriggerPoint } from "../atlas/atlas.ts";
import { CAUTIONS } from "../atlas/cautions.ts";
import { painCeilingOf } from "../atlas/pain-ceiling.ts";
import { techniqueSteps } from "./technique-steps.ts";

const techniques = ATLAS.flatMap((muscle) =>
  muscle.triggerPoints.flatMap((point) => point.treatments.map((treatment) => ({ point, treatment }))),
);
const figures = (text: string) => [...text.matchAll(/\b(\d+)(?: out of |\/)10\b/g)].map((m) => Number(m[1]));

describe("technique steps", () => {
  it("lays out every atlas technique as the same six steps in the order a person does them", () => {
    expect(techniques.length).toBeGreaterThan(400);
    for (const { point, treatment } of techniques)
      expect(techniqueSteps(point, treatment).steps.map((s) => s.kind)).toEqual(["find", "position", "work", "dose", "limit", "stop"]);
  });

  it("makes every step of the whole atlas out of complete sentences: none empty, no '..', no lower-case start", () => {
    const faults: string[] = [];
    for (const { point, treatment } of techniques) {
      for (const step of techniqueSteps(point, treatment).steps) {
        for (const text of [step.title, step.text, ...step.more]) {
          if (text.trim() === "") faults.push(`${point.id} ${step.kind}: empty`);
          if (text.includes("..")) faults.push(`${point.id} ${step.kind}: "..": ${text}`);
          if (/^[a-z]/.test(text)) faults.push(`${point.id} ${step.kind}: lower-case start: ${text}`);
          if (text !== step.title && !/[.!?]["'’”)]?$/.test(text)) faults.push(`${point.id} ${step.kind}: unfinished: ${text}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it("states each technique's own pain limit as 'Pain limit: N/10' and never a higher figure anywhere", () => {
    for (const { point, treatment } of techniques) {
      const { steps, painLimit } = techniqueSteps(point, treatment);
      expect(painLimit).toBe(painCeilingOf(treatment));
      expect(steps.find((s) => s.kind === "limit")?.text).toContain(`Pain limit: ${painLimit}/10.`);
      expect(Math.max(...steps.flatMap((s) => figures(s.text)))).toBeLessThanOrEqual(painLimit);
    }
  });

  it("rewrites the atlas figures down to a lower session limit", () => {
    for (const { point, treatment } of techniques) {
      const { steps, painLimit } = techniqueSteps(point, treatment, { painCeiling: 2 });
      expect(painLimit).toBe(2);
      expect(Math.max(...steps.flatMap((s) => [s.text, ...s.more]).flatMap(figures))).toBeLessThanOrEqual(2);
    }
    // A limit above the technique's own never raises it.
    const { treatment, point } = techniques[0]!;
    expect(techniqueSteps(point, treatment, { painCeiling: 7 }).painLimit).toBe(painCeilingOf(treatment));
  });

  it("puts the point's cautions under 'Stop if'", () => {
    const withCautions = techniques.filter(({ point }) => point.cautions.length > 0);
    expect(withCautions.length).toBeGreaterThan(20);
    for (const { point, treatment } of withCautions) {
      const stop = techniqueSteps(point, treatment).steps.find((s) => s.kind === "stop")!;
      expect(stop.text).toMatch(/sharp, electric or burning/);
      expect(stop.more.map((text) => text.split(":")[0])).toEqual(point.cautions.map((id) => CAUTIONS[id].title));
    }
  });

  it("keeps the how-to-move sentences and drops only those that just repeat the limit", () => {
    const { point } = findTriggerPoint("iliocostalis-thoracis-1")!;
    const [ball, small] = point.treatments;
    const work = (t: typeof ball) => techniqueSteps(point, t!).steps.find((s) => s.kind === "work")!;
    expect(work(ball).title).toBe("Roll slowly");
    expect(work(ball).text).toMatch(/^Bend your knees a little to roll the ball/);
    expect(work(ball).text).not.toMatch(/out of 10/);
    expect(work(small).title).toBe("Press and hold");
    expect(work(small).text).toMatch(/lean off to ease it\.$/);
  });

  it("uses the session's dose and names it in seconds or strokes", () => {
    const { point, treatment } = techniques[0]!;
    const dose = (d: Parameters<typeof techniqueSteps>[2]) =>
      techniqueSteps(point, treatment, d).steps.find((s) => s.kind === "dose")!.text;
    expect(dose({ dose: { kind: "hold", seconds: 20 } })).toBe("Hold for 20 seconds, breathing slowly, then let go gently.");
    expect(dose({ dose: { kind: "strokes", count: 6 } })).toBe("Make 6 slow strokes, about 4 seconds each: about 24 seconds in all.");
  });
});
