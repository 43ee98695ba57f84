// Starts the real server for the browser tests: fresh data directory, built web app, given port.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureWebBuilt } from "./web-build.mjs";

const port = process.argv[2] ?? "3917";
// `accounts` as the second argument starts the server in accounts mode (sign-in, sharing) for the account specs.
const accounts = process.argv[3] === "accounts" ? "on" : "off";
ensureWebBuilt();
const dataDir = mkdtempSync(join(tmpdir(), "unknot-e2e-"));
const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, HOST: "127.0.0.1", UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "", UNKNOT_ACCOUNTS: accounts },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
