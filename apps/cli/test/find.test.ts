import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const temple = { pain: [{ region: "temple-left", intensity: 7 }, { region: "mastoid-left" }], symptoms: ["headache"] };

describe("unknot find", () => {
  it("reads one case as JSON and prints one result in the contract's shape", async () => {
    const { status, stdout } = await runCli(["find", "--json"], JSON.stringify(temple));
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      candidates: { muscle: string; triggerPoint: string; score: number; explains: string[]; why: string }[];
      safety: { level: string; selfCare: string; timeFrame: string };
    };
    expect(result.safety).toMatchObject({ level: "none", selfCare: "go-ahead", timeFrame: expect.stringMatching(/\w/) });
    expect(result.candidates[0]).toMatchObject({ muscle: "trapezius", explains: expect.arrayContaining(["temple-left"]) });
    expect(result.candidates[0]?.score).toBeGreaterThan(0);
    expect(result.candidates[0]?.score).toBeLessThanOrEqual(1);
  });

  it("reads an array and prints an array in the same order", async () => {
    const heel = { pain: [{ region: "heel-right", intensity: 7 }] };
    const { status, stdout } = await runCli(["find", "--json"], JSON.stringify([temple, heel]));
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as { candidates: { explains: string[] }[] }[];
    expect(results).toHaveLength(2);
    expect(results[1]?.candidates[0]?.explains).toContain("heel-right");
  });

  it("refuses bad input with a message naming the field and prints nothing", async () => {
    const cases: [string, RegExp][] = [
      [JSON.stringify([temple, { pain: [{ region: "temple-left", intensity: 12 }] }]), /\[1\]\.pain\[0\]\.intensity/],
      [JSON.stringify({ pain: [{ region: "forehed-left" }] }), /pain\[0\]\.region: unknown region "forehed-left"/],
      [JSON.stringify({ symptoms: [] }), /pain/],
      ["{not json", /not valid JSON/],
    ];
    for (const [input, message] of cases) {
      const { status, stdout, stderr } = await runCli(["find", "--json"], input);
      expect(status).not.toBe(0);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
    }
  });

  it("prints a readable table with the safety verdict first", async () => {
    const { status, stdout } = await runCli(["find", "--pain", "temple-left:7,mastoid-left:5", "--symptom", "headache"]);
    expect(status).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^Safety: No red flags/);
    expect(stdout).toMatch(/Upper trapezius/i);
    expect(stdout).toMatch(/^Confidence: (high|medium|low)\. /m);
    expect(stdout).toMatch(/^(Test this first|Press next): .+\n {2}Why: /m);
  });

  it("says when a press test has found the source, and suggests no further test", async () => {
    const pain = "temple-left:7,mastoid-left:5,neck-back-left:4";
    const { stdout } = await runCli(["find", "--pain", pain, "--symptom", "headache", "--press", "trapezius-upper-1:reproduces"]);
    expect(stdout).toMatch(/^Confidence: high\. Upper trapezius, point 1 is well ahead .*You have probably found the source/m);
    expect(stdout).not.toMatch(/Test this first|Press next/);
  });

  it("asks for a clinician for sciatica with numbness and weakness, never saying self-treatment may go ahead", async () => {
    const { status, stdout } = await runCli([
      "find",
      "--pain",
      "buttock-lower-right:7,thigh-back-right:5",
      "--symptom",
      "numbness-tingling,weakness",
    ]);
    expect(status).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Safety: SEE A CLINICIAN: See a clinician within the next few days.");
    expect(stdout).toMatch(/irritated nerve root/);
    expect(stdout).toMatch(/Is the weakness getting worse.*\(--flag progressive-weakness\)/);
    expect(stdout).toMatch(/radiculopathy: .*Ask a clinician/);
    expect(stdout).toMatch(/This is not a diagnosis\. Only once a clinician has checked you: .*tingling or numbness/);
    expect(stdout).not.toMatch(/Test this next/);
    expect(stdout).not.toMatch(/may go ahead/);
    expect(stdout).not.toMatch(/within days|today/);
  });

  it("says an urgent verdict's one time frame once, with no score table, press test or next test", async () => {
    const { stdout } = await runCli(["find", "--pain", "thoracic-left:6", "--flag", "cancer-history,constant-night-pain"]);
    expect(stdout.split("\n")[0]).toBe("Safety: URGENT: Get medical care today.");
    expect(stdout.match(/today|within/g)).toEqual(["today"]);
    expect(stdout).toMatch(/For information, after you have been checked, the trigger points that may refer this pain: \w/);
    for (const absent of [/SCORE/, /Test this next/, /Press:/, /may go ahead/]) expect(stdout).not.toMatch(absent);
  });

  it("shows an emergency and no candidates for cauda equina signs", async () => {
    const { stdout } = await runCli(["find", "--pain", "lumbar-left:6", "--flag", "saddle-numbness"]);
    expect(stdout).toMatch(/^Safety: EMERGENCY/);
    expect(stdout).not.toMatch(/SCORE/);
  });
});
