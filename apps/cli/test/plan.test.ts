import { RoutineInputSchema } from "@unknot/core";
import { describe, expect, it } from "vitest";
import { planResult, type PlanOptions } from "../src/commands/plan.ts";
import { CliError } from "../src/errors.ts";
import { formatOutput } from "../src/output.ts";
import { runCli } from "./run-cli.ts";

interface PlanJson {
  routine: { steps: { kind: string; triggerPoint?: string; method?: string; area?: string }[]; painCeiling: number };
  dropped: { triggerPoint: string; reason: string }[];
  minutes: number;
}

describe("unknot plan", () => {
  it("prints a routine as JSON that the diary accepts, warm-up first", async () => {
    const { status, stdout, stderr } = await runCli([
      "plan",
      "--point",
      "trapezius-upper-1,infraspinatus-1",
      "--tool",
      "large-ball,thumb",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(RoutineInputSchema.safeParse(plan.routine).success).toBe(true);
    expect(plan.routine.steps[0]?.kind).toBe("warm-up");
    expect(plan.routine.steps.find((s) => s.triggerPoint === "infraspinatus-1" && s.kind === "point")?.method).toBe("large-ball");
    expect(plan.minutes).toBeLessThanOrEqual(10);
  });

  it("prints a readable routine with method, dose, reasons and stop rules", async () => {
    const { status, stdout } = await runCli(["plan", "--point", "infraspinatus-1", "--tool", "large-ball", "--ceiling", "4"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^About \d+ minutes? · pain ceiling 4\/10/m);
    expect(stdout).toMatch(/^1\. Warm-up: shoulder blade — large soft ball, 12 slow strokes$/m);
    expect(stdout).toMatch(/^2\. Infraspinatus, point 1 .*\[infraspinatus-1\] — large soft ball, \d+ slow strokes$/m);
    expect(stdout).toMatch(/^ {3}Why: /m);
    expect(stdout).toContain("pain ceiling 4/10");
    expect(stdout).toMatch(/Stop rules:\n {2}- Stop at once if the pain turns sharp, electric or burning/);
    expect(stdout).toContain("not a diagnosis");
  });

  it("lists the points left out by the caps with the reason", async () => {
    const points = "trapezius-upper-2,infraspinatus-1,infraspinatus-2,rhomboids-1,levator-scapulae-2,deltoid-posterior-1";
    const text = formatOutput(planResult({ point: points.split(","), experience: "new", minutes: "60" }), "text");
    expect(text).toMatch(/Left out:\n {2}- .*\[levator-scapulae-2\]: Left out to keep the session to 4 points/);
  });

  it("builds a post-workout routine around the areas rated sore", async () => {
    const { status, stdout } = await runCli([
      "plan",
      "--workout",
      "running",
      "--phase",
      "post",
      "--feel",
      "calf-left:sore,thigh-front-right:stiff",
      "--json",
    ]);
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson & { activity: string; phase: string };
    expect(plan).toMatchObject({ activity: "running", phase: "post" });
    expect(plan.routine.steps.find((s) => s.kind === "point")?.area).toBe("calf");
  });

  it("keeps the pre-workout routine within five minutes", async () => {
    const plan = planResult({ workout: "lifting-lower", phase: "pre", minutes: "30" }).data as PlanJson;
    expect(plan.minutes).toBeLessThanOrEqual(5);
  });

  it("says how long a routine takes in whole minutes", async () => {
    const plan = planResult({ point: ["infraspinatus-1", "trapezius-upper-1"] });
    const { minutes } = plan.data as PlanJson;
    expect(Number.isInteger(minutes)).toBe(false); // the planner counts tenths of a minute…
    const text = formatOutput(plan, "text");
    expect(text).toContain(`About ${Math.ceil(minutes)} minutes ·`); // …a person reads whole ones
    expect(text).not.toMatch(/\d\.\d minutes/);
  });

  it("keeps the old spellings --points and --tools working, and reads the diary's words for the hands", async () => {
    const old = await runCli(["plan", "--points", "infraspinatus-1", "--tools", "large-ball", "--json"]);
    const now = await runCli(["plan", "--point", "infraspinatus-1", "--tool", "large-ball", "--json"]);
    expect(old.status).toBe(0);
    expect(old.stdout).toBe(now.stdout);
    const help = (await runCli(["plan", "--help"])).stdout;
    expect(help).toContain("--point <ids>");
    expect(help).not.toContain("--points");
    const hands = planResult({ point: ["Trapezius-Upper-1"], tool: ["fingers", "Pincer"] }).data as PlanJson;
    const thumb = planResult({ point: ["trapezius-upper-1"], tool: ["thumb"] }).data as PlanJson;
    expect(hands).toEqual(thumb);
  });

  it.each([
    [["plan", "--point", "trapezius-upper-1,nope-1"], '--point: unknown trigger point "nope-1"'],
    [["plan", "--workout", "curling", "--phase", "pre"], '--workout: unknown activity "curling"'],
    [["plan"], "--point"],
  ])("exits with 2 and names the option: %j", async (args, message) => {
    const { status, stderr, stdout } = await runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  it.each<[PlanOptions, string]>([
    [{ point: ["infraspinatus-1"], tool: ["large-ball", "hammer"] }, '--tool: unknown tool "hammer"'],
    [{ point: ["infraspinatus-1"], ceiling: "8" }, "--ceiling: must be at most 7"],
    [{ point: ["infraspinatus-1"], minutes: "ten" }, "--minutes: must be a number"],
    [{ point: ["infraspinatus-1"], experience: "expert" }, '--experience: must be "new" or "practised"'],
    [{ point: ["infraspinatus-1"], workout: "running" }, "either --point or --workout"],
    [{ workout: "running" }, "--phase is required"],
    [{ workout: "running", phase: "during" }, '--phase: must be "pre" or "post"'],
    [{ workout: "running", phase: "post", feel: "calf:sore" }, '--feel: unknown region "calf"'],
    [{ workout: "running", phase: "post", feel: "calf-left" }, '--feel: "calf-left" needs a feeling'],
    [{ workout: "running", phase: "post", nextDay: "awful" }, '--next-day: must be "better", "same" or "worse"'],
  ])("rejects %j with an error naming the option", (options, message) => {
    let caught: unknown;
    try {
      planResult(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).exitCode).toBe(2);
    expect((caught as CliError).message).toContain(message);
  });
});
