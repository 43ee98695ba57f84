// `npm start`: builds the web app if needed, then runs the server (PORT, HOST, UNKNOT_DATA_DIR, DATABASE_URL apply).
import { spawn } from "node:child_process";
import { ensureWebBuilt } from "./web-build.mjs";

ensureWebBuilt();
const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
