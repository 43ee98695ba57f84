import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("unknot atlas", () => {
  it("prints the whole atlas as JSON in the contract's least shape", () => {
    const { status, stdout } = runCli(["atlas", "--json"]);
    expect(status).toBe(0);
    const atlas = JSON.parse(stdout) as {
      muscles: {
        id: string;
        name: string;
        triggerPoints: { id: string; region: string; referral: { region: string; kind: string }[] }[];
      }[];
    };
    expect(atlas.muscles).toHaveLength(104);
    const trapezius = atlas.muscles.find((m) => m.id === "trapezius");
    expect(trapezius?.triggerPoints.find((p) => p.id === "trapezius-upper-1")).toMatchObject({
      region: "shoulder-top",
      referral: expect.arrayContaining([{ region: "temple", kind: "essential" }]),
    });
  });

  it("gives every point a prevalence and every technique a pain ceiling of at most 7 in the JSON", () => {
    const atlas = JSON.parse(runCli(["atlas", "--json"]).stdout) as {
      muscles: { triggerPoints: { id: string; prevalence?: string; treatments: { painCeiling?: number }[] }[] }[];
    };
    const points = atlas.muscles.flatMap((m) => m.triggerPoints);
    expect(points.filter((p) => !["common", "occasional", "rare"].includes(p.prevalence ?? "")).map((p) => p.id)).toEqual([]);
    const ceilings = points.flatMap((p) => p.treatments.map((t) => t.painCeiling));
    expect(ceilings.every((c) => typeof c === "number" && c >= 1 && c <= 7)).toBe(true);
    // The scale is used honestly: not every point is common.
    const common = points.filter((p) => p.prevalence === "common").length;
    expect(common).toBeGreaterThan(0);
    expect(common).toBeLessThan(points.length / 2);
  });

  it("prints one muscle readably with how to find, test and treat it", () => {
    const { status, stdout } = runCli(["atlas", "soleus"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^SOLEUS/);
    expect(stdout).toMatch(/Find it:/);
    expect(stdout).toMatch(/Test it:/);
    expect(stdout).toMatch(/Sources:/);
    expect(stdout).toMatch(/How often it is the cause: (common|occasional|rare)/);
    const techniques = stdout.split("\n").filter((line) => /^ {2}(Gentle|Firmer) – /.test(line));
    expect(techniques.length).toBeGreaterThan(0);
    for (const line of techniques) expect(line).toMatch(/pain no higher than [1-7]\/10\)$/);
    // Position and technique join as whole sentences: no "knee slightly bent.. Let the leg".
    expect(stdout).not.toContain("..");
  });

  it("lists what refers to a region, essential first", () => {
    const { status, stdout } = runCli(["atlas", "--region", "temple"]);
    expect(status).toBe(0);
    const kinds = stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(/\s+/)[0]);
    expect(kinds[0]).toBe("essential");
    expect(kinds.lastIndexOf("essential")).toBeLessThan(kinds.indexOf("spillover") === -1 ? Infinity : kinds.indexOf("spillover") + 1);
    expect(stdout).toMatch(/trapezius/);
  });

  it("names an unknown muscle or region", () => {
    expect(runCli(["atlas", "bicepz"]).stderr).toMatch(/unknown muscle "bicepz"/);
    expect(runCli(["atlas", "--region", "nowhere"]).stderr).toMatch(/--region: unknown region "nowhere"/);
  });
});
