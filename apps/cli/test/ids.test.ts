import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePainList, parsePressTests } from "../src/commands/find-options.ts";
import { parsePoint } from "../src/commands/log.ts";
import { resolveId } from "../src/ids.ts";
import { messageOf, runCli } from "./run-cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "unknot-cli-ids-"));
const env = { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("ids typed on the command line", () => {
  it("suggests what an unknown region, symptom, flag or point most likely meant in `unknot find`", async () => {
    const cases: [string[], string][] = [
      [["--pain", "temple:7"], '--pain: unknown region "temple" (did you mean temple-left or temple-right?)'],
      [["--pain", "temple-left:7", "--symptom", "headach"], '--symptom: unknown symptom "headach" (did you mean headache?)'],
      [
        ["--pain", "lumbar-left:6", "--flag", "saddle-numbnes"],
        '--flag: unknown screening flag "saddle-numbnes" (did you mean saddle-numbness?)',
      ],
      [
        ["--pain", "temple-left:7", "--press", "trapezius-uper-1:reproduces"],
        '--press: unknown trigger point "trapezius-uper-1" (did you mean trapezius-upper-1',
      ],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = await runCli(["find", ...args]);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(message);
    }
  });

  it("reads ids in any case, with spaces for hyphens", async () => {
    const { status, stdout } = await runCli(["find", "--pain", "Temple-Left:7,mastoid left:5", "--symptom", "Headache"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Upper trapezius/);
    expect(parsePainList("Temple-Left:7", "--before")).toEqual([{ region: "temple-left", intensity: 7 }]);
    expect(parsePressTests(["SOLEUS-1:reproduces"])).toEqual([{ triggerPoint: "soleus-1", result: "reproduces" }]);
  });

  it("names the option a bad list came from", async () => {
    expect(messageOf(() => parsePainList("heel-left:x", "--after"))).toBe(
      '--after: intensity of "heel-left" must be a number from 0 to 10',
    );
    expect(messageOf(() => parsePainList("heal-left:3", "--check-in"))).toMatch(
      /^--check-in: unknown region "heal-left" \(did you mean heel-left/,
    );
  });

  it("suggests points, methods and regions in `unknot log` and `unknot history`, and reads thumb as the fingers method", async () => {
    expect(messageOf(() => parsePoint("infraspinatus:large-ball"))).toMatch(
      /^--point: unknown trigger point "infraspinatus" \(did you mean infraspinatus-1, infraspinatus-2 or infraspinatus-3\?\)$/,
    );
    expect(messageOf(() => parsePoint("soleus-1:large-bal"))).toBe('--point: unknown method "large-bal" (did you mean large-ball?)');
    expect(parsePoint("soleus-1:Thumb:30:4")).toEqual({ triggerPoint: "soleus-1", method: "fingers", seconds: 30, maxPain: 4 });
    const logged = await runCli(
      ["log", "--points", "soleus-1:thumb:30:4", "--before", "heel-left:6", "--at", "2026-11-20T07:30:00+01:00", "--json"],
      undefined,
      env,
    );
    expect(logged.status).toBe(0);
    expect(JSON.parse(logged.stdout)).toMatchObject({ points: [{ triggerPoint: "soleus-1", method: "fingers" }] });
    const history = await runCli(["history", "--region", "heel-lft"], undefined, env);
    expect(history.stderr).toContain('--region: unknown region "heel-lft" (did you mean heel-left?)');
  });

  it("says where to look when nothing is close", async () => {
    expect(messageOf(() => resolveId("region", "--pain", "qqqq"))).toBe('--pain: unknown region "qqqq" (see `unknot regions`)');
    expect(messageOf(() => resolveId("tool", "--tool", "hammer"))).toMatch(/^--tool: unknown tool "hammer" \(one of thumb, small-ball/);
    expect(resolveId("tool", "--tool", "Hands")).toBe("thumb");
    expect(resolveId("activity", "--workout", "Racket Sports")).toBe("racket-sports");
  });
});
