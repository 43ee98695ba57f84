// Starts the real server for the browser tests: fresh data directory, built web app, given port.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureWebBuilt } from "./web-build.mjs";

const port = process.argv[2] ?? "3917";
ensureWebBuilt();
const dataDir = mkdtempSync(join(tmpdir(), "unknot-e2e-"));
const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, HOST: "127.0.0.1", UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
