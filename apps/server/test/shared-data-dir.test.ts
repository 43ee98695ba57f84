import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { postJson, sessionBody, startServer } from "./server-process.ts";

const CLI = fileURLToPath(new URL("../../cli/bin/unknot.mjs", import.meta.url));

function runCliAsync(args: string[], env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: "ignore" });
    child.once("exit", (code) => resolve(code));
  });
}

describe("the CLI and the server on one data directory", () => {
  it("write at the same time without corrupting it or losing a write", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "unknot-shared-"));
    const env = { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" };
    const server = await startServer(env);
    try {
      const httpWrites = (async () => {
        let ok = 0;
        for (let i = 0; i < 150; i++)
          if ((await postJson(`${server.url}/api/sessions`, sessionBody("2026-11-21T09:00:00+00:00", `http-${i}`)))?.status === 201) ok++;
        return ok;
      })();
      const cliWrites = Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          runCliAsync(
            [
              "log",
              "--point",
              "soleus-1:large-ball:45:4",
              "--before",
              "heel-left:6",
              "--notes",
              `cli-${i}`,
              "--at",
              "2026-11-21T10:00:00+00:00",
            ],
            env,
          ),
        ),
      );
      const [httpOk, cliCodes] = await Promise.all([httpWrites, cliWrites]);
      expect(httpOk).toBe(150);
      expect(cliCodes).toEqual(Array.from({ length: 8 }, () => 0));
      const response = await fetch(`${server.url}/api/sessions?limit=500`);
      const notes = ((await response.json()) as { items: { notes: string }[] }).items.map((s) => s.notes);
      expect(notes.filter((n) => n.startsWith("http-"))).toHaveLength(150);
      expect(notes.filter((n) => n.startsWith("cli-"))).toHaveLength(8);
    } finally {
      await server.kill("SIGTERM");
    }
    const db = new SQLite(join(dataDir, "unknot.sqlite"), { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});
