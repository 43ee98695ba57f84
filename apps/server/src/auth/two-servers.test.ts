import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openTestPostgres, POSTGRES_SKIP_REASON, TEST_DATABASE_URL, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));

interface Server {
  process: ChildProcess;
  base: string;
  output: () => string;
}

/** Starts `npm start`'s server (src/main.ts) on a free port in accounts mode, and resolves once it listens. */
function startServer(databaseUrl: string, dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      UNKNOT_DATA_DIR: dataDir,
      UNKNOT_ACCOUNTS: "on",
      UNKNOT_ORIGIN: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ process: child, base: `http://127.0.0.1:${port}`, output: () => output });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

async function call(server: Server, method: string, path: string, body?: unknown, cookie?: string) {
  const response = await fetch(server.base + path, {
    method,
    headers: { ...(method === "GET" ? {} : { "content-type": "application/json" }), ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, setCookie: response.headers.get("set-cookie") };
}

const session = (i: number) => ({
  startedAt: `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T08:${String(i % 60).padStart(2, "0")}:00+00:00`,
  points: [{ triggerPoint: "trapezius-upper-1", method: "large-ball", seconds: 60, maxPain: 4 }],
  painBefore: [{ region: "temple-left", intensity: 6 }],
  painAfter: [{ region: "temple-left", intensity: 3 }],
  notes: `written-${i}`,
});

describe.skipIf(!TEST_DATABASE_URL)(
  `two server processes on one PostgreSQL database${TEST_DATABASE_URL ? "" : ` (skipped: ${POSTGRES_SKIP_REASON})`}`,
  () => {
    let test: TestStore;
    let dataDir: string;
    const servers: Server[] = [];
    beforeAll(async () => {
      test = await openTestPostgres();
      dataDir = mkdtempSync(join(tmpdir(), "unknot-two-"));
      // Both start at once, as behind a load balancer: migrations and the shared signing secret must not collide.
      servers.push(...(await Promise.all([startServer(test.where, dataDir), startServer(test.where, dataDir)])));
    }, 120_000);
    afterAll(async () => {
      for (const server of servers) server.process.kill("SIGTERM");
      await test?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("takes a session cookie from one process on the other, loses none of the interleaved writes, and logs no secrets", async () => {
      const [a, b] = servers as [Server, Server];
      const password = "two servers one database";
      const email = "two@example.org";
      const signUp = await call(a, "POST", "/api/auth/sign-up/email", { name: "Two", email, password });
      expect(signUp.status).toBe(200);
      const cookie = signUp.setCookie!.split(";")[0]!;
      const onA = (await call(a, "GET", "/api/me", undefined, cookie)).body as { viewer: { personId: string } };
      const onB = (await call(b, "GET", "/api/me", undefined, cookie)).body as { viewer: { personId: string } };
      expect(onB.viewer).toEqual(onA.viewer);

      const writes = Array.from({ length: 60 }, (_, i) => call(i % 2 ? a : b, "POST", "/api/sessions", session(i), cookie));
      const results = await Promise.all(writes);
      expect(results.map((result) => result.status)).toEqual(results.map(() => 201));
      for (const server of [a, b]) {
        const page = (await call(server, "GET", "/api/sessions?limit=500", undefined, cookie)).body as { items: { notes: string }[] };
        expect(page.items.map((item) => item.notes).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `written-${i}`).sort());
      }

      expect((await call(b, "POST", "/api/auth/sign-out", {}, cookie)).status).toBe(200);
      expect((await call(a, "GET", "/api/sessions", undefined, cookie)).status).toBe(401);
      const logs = servers.map((server) => server.output()).join("\n");
      for (const secret of [password, email, "written-1", cookie.split("=")[1]!.slice(0, 20)]) expect(logs).not.toContain(secret);
    });
  },
);
