import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsApp } from "./test-accounts.ts";

const BIN = fileURLToPath(new URL("../../../cli/bin/unknot.mjs", import.meta.url));

describe("unknot accounts add | list | reset-password | disable, on the server's database", () => {
  let test: TestStore;
  let setup: Awaited<ReturnType<typeof accountsApp>>;
  const cli = (args: string[], input?: string) => {
    const result = spawnSync(process.execPath, [BIN, "accounts", ...args], {
      input,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, UNKNOT_DATA_DIR: test.dataDir, DATABASE_URL: "" },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const signIn = async (password: string) =>
    (await setup.request("POST", "/api/auth/sign-in/email", { email: "dr.ruiz@example.org", password })).status;

  beforeAll(async () => {
    test = openTestSqlite();
    setup = await accountsApp(test);
  });
  afterAll(async () => test?.close());

  it("adds a clinician the server then signs in, with the password from standard input only", async () => {
    const added = cli(["add", "--email", "Dr.Ruiz@example.org", "--name", "Dr Ruiz", "--role", "clinician"], "first passphrase\n");
    expect(added.stderr).toBe("");
    expect(added.stdout).toMatch(/Added clinician account dr\.ruiz@example\.org/);
    expect(await signIn("first passphrase")).toBe(200);
    const me = await setup.request("POST", "/api/auth/sign-in/email", { email: "dr.ruiz@example.org", password: "first passphrase" });
    const cookie = me.setCookie!.split(";")[0]!;
    expect((await setup.request("GET", "/api/me", undefined, cookie)).body).toMatchObject({ viewer: { role: "clinician" } });
    expect(cli(["add", "--email", "dr.ruiz@example.org", "--name", "Again"], "another passphrase\n").stderr).toMatch(/already exists/);
    expect(cli(["add", "--email", "x@example.org", "--name", "X", "--role", "admin"], "another passphrase\n").stderr).toMatch(/--role/);
    expect(cli(["add", "--email", "x@example.org", "--name", "X"], "short\n").stderr).toMatch(/password: must be 10 to 200/);
  });

  it("lists accounts with role, state and open sessions", () => {
    const listed = cli(["list", "--json"]);
    const rows = JSON.parse(listed.stdout) as { email: string; role: string; disabled: boolean; sessions: number }[];
    expect(rows).toContainEqual(expect.objectContaining({ email: "dr.ruiz@example.org", role: "clinician", disabled: false, sessions: 2 }));
    expect(cli(["list"]).stdout).toMatch(/dr\.ruiz@example\.org\s+Dr Ruiz\s+clinician/);
  });

  it("resets a password, ending every session, and disables an account so it can no longer sign in", async () => {
    expect(cli(["reset-password", "--email", "dr.ruiz@example.org"], "second passphrase\n").status).toBe(0);
    expect(await signIn("first passphrase")).toBe(401);
    expect(await signIn("second passphrase")).toBe(200);
    expect(cli(["disable", "--email", "dr.ruiz@example.org"]).stdout).toMatch(/Disabled/);
    expect(await signIn("second passphrase")).toBe(403);
    const rows = JSON.parse(cli(["list", "--json"]).stdout) as { email: string; disabled: boolean; sessions: number }[];
    expect(rows.find((row) => row.email === "dr.ruiz@example.org")).toMatchObject({ disabled: true, sessions: 0 });
    expect(cli(["disable", "--email", "nobody@example.org"]).stderr).toMatch(/no account for nobody@example\.org/);
  });
});
