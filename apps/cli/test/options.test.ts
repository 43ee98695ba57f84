import { describe, expect, it } from "vitest";
import { commanderErrorInHouseStyle } from "../src/errors.ts";
import { runCli } from "./run-cli.ts";

describe("option values commander checks as it reads them", () => {
  it("refuses a bad value before opening the diary, in the CLI's own words and with its usage status", async () => {
    // No data directory is given: a command that got as far as the diary would create ./data.
    const limit = await runCli(["history", "--limit", "0"], undefined, { UNKNOT_DATA_DIR: "/nonexistent/unknot" });
    expect(limit.status).toBe(2);
    expect(limit.stderr.split("\n")[0]).toBe("unknot: --limit: must be a whole number from 1 to 10000");
    const age = await runCli(["find", "--pain", "temple-left:7", "--age", "old"]);
    expect(age.stderr.split("\n")[0]).toBe("unknot: --age: must be a number");
    const date = await runCli(["outcomes", "list", "--to", "2026-13-01"]);
    expect(date.stderr.split("\n")[0]).toBe("unknot: --to: must be a date written YYYY-MM-DD");
  });

  it("lists an option's choices in the help", async () => {
    expect((await runCli(["export", "--help"])).stdout).toMatch(/--format <format> .*\(choices: "json", "csv",/s);
  });

  it("rewords commander's messages and leaves others as they are but for the prefix", () => {
    expect(commanderErrorInHouseStyle("error: option '-f, --format <format>' argument 'xml' is invalid. must be one of a, b\n")).toBe(
      "unknot: --format: must be one of a, b\n",
    );
    expect(commanderErrorInHouseStyle("error: command-argument value 'x' is invalid for argument 'score'. must be a number\n")).toBe(
      "unknot: <score>: must be a number\n",
    );
    expect(commanderErrorInHouseStyle("error: unknown command 'nonsense'\n")).toBe("unknot: unknown command 'nonsense'\n");
  });
});
