import { ATLAS, MUSCLES, areaLabel } from "@unknot/core";
import { describe, expect, it } from "vitest";
import { muscleListResult, muscleResult, regionReferralsResult } from "../src/commands/atlas.ts";
import { formatOutput } from "../src/output.ts";
import { messageOf, runCli } from "./run-cli.ts";

describe("unknot atlas", () => {
  it("prints the whole atlas as JSON in the contract's least shape", async () => {
    const { status, stdout } = await runCli(["atlas", "--json"]);
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

  it("gives every point a prevalence and every technique a pain ceiling of at most 7 in the JSON", async () => {
    const atlas = JSON.parse((await runCli(["atlas", "--json"])).stdout) as {
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

  it("prints one muscle readably with how to find, test and treat it", async () => {
    const { status, stdout } = await runCli(["atlas", "soleus"]);
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

  it("lists what refers to a region, essential first", async () => {
    const { status, stdout } = await runCli(["atlas", "--region", "temple"]);
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

  it("names an unknown muscle or region and suggests what was meant", async () => {
    const muscle = await runCli(["atlas", "bicepz"]);
    expect(muscle.status).toBe(2);
    expect(muscle.stderr).toMatch(/unknown muscle "bicepz" \(did you mean biceps-brachii or biceps-femoris\?\)/);
    expect((await runCli(["atlas", "--region", "nowhere"])).stderr).toMatch(/--region: unknown region "nowhere" \(see `unknot regions`\)/);
    expect(messageOf(() => regionReferralsResult("templ"))).toMatch(/did you mean temple, temple-left or temple-right\?/);
    expect(messageOf(() => muscleResult("gluteus"))).toMatch(/did you mean gluteus-maximus, gluteus-medius or gluteus-minimus\?/);
    expect(messageOf(() => muscleResult("temple"))).toMatch(/use --region temple$/);
  });

  it("finds a muscle by id or name in any case, and by the words of its points", async () => {
    const { status, stdout } = await runCli(["atlas", "Trapezius"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^TRAPEZIUS\n/);
    expect((await runCli(["atlas", "upper", "trapezius"])).stdout).toBe(stdout);
    for (const typed of ["TRAPEZIUS", "upper trapezius", "Trapezius-Upper-1"])
      expect(muscleResult(typed).data).toMatchObject({ id: "trapezius" });
    expect(muscleResult("Suboccipital muscles").data).toMatchObject({ id: "suboccipitals" });
    expect(muscleResult("lateral pterygoid").data).toMatchObject({ id: "lateral-pterygoid" });
    expect(regionReferralsResult("Temple-Left").data).toMatchObject({ region: "temple" });
  });

  it("lists every muscle with its name, one a line, by body area", async () => {
    const { status, stdout } = await runCli(["atlas", "--list"]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    const muscleLines = lines.filter((line) => line.startsWith("  "));
    expect(muscleLines).toHaveLength(MUSCLES.length);
    expect(lines[0]).toBe("HEAD AND NECK");
    expect(stdout).toMatch(/^ {2}trapezius +Trapezius$/m);
    expect(stdout).toMatch(/\n\nLOWER LEG AND FOOT\n(?: {2}\S+ +.+\n)*? {2}soleus +Soleus\n/);
    const listed = muscleListResult().data as { muscles: { id: string; name: string; area: string }[] };
    expect(listed.muscles.map((m) => m.id).sort()).toEqual(ATLAS.map((m) => m.id).sort());
    expect(listed.muscles.find((m) => m.id === "soleus")).toMatchObject({ name: "Soleus", area: "Lower leg and foot" });
  });

  it("names regions and methods in words, not ids", async () => {
    const page = formatOutput(muscleResult("trapezius"), "text");
    const refers = page.split("\n").find((line) => line.startsWith("  Refers to:")) ?? "";
    expect(refers).toBe(
      "  Refers to: back of the neck, behind the ear, temple; sometimes front and side of the neck, back of the head, eye and eyebrow, lower jaw",
    );
    for (const line of page.split("\n").filter((l) => l.startsWith("  Refers to:"))) expect(line).not.toMatch(/\b[a-z]+-[a-z]+\b/);
    expect(page).toMatch(/^ {2}Gentle – pincer grip: /m);
    expect(page).not.toMatch(/– (fingers|pincer|small-ball|large-ball|hooked-cane):/);
    expect(formatOutput(regionReferralsResult("temple"), "text")).toMatch(/^essential +Upper trapezius, point 1 +Trapezius$/m);
    expect(areaLabel("mastoid")).toBe("behind the ear");
  });
});
