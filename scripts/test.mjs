// `npm test`: every test — unit, API, CLI (Vitest) and browser (Playwright in Debian's Chromium).
// The browser tests are never skipped silently: without Chromium this installs it (as root) or stops.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}; the browser tests need it. Install it with:\n  sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
  console.log(`Chromium is missing; installing it from Debian's packages: ${INSTALL}`);
  const result = spawnSync("sh", ["-c", INSTALL], { stdio: "inherit" });
  if (result.status !== 0 || !existsSync(CHROMIUM)) {
    console.error("Installing Chromium failed; the browser tests cannot run.");
    process.exit(1);
  }
}

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(report) {
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

ensureChromium();
mkdirSync("test-results", { recursive: true });
if (!process.env.TEST_DATABASE_URL) console.log("TEST_DATABASE_URL is not set: the PostgreSQL tests will be reported as skipped.");
const unitStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
const e2eStatus = run("npx", ["playwright", "test", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json",
});
const counts = [vitestCounts(readJson("test-results/vitest.json")), playwrightCounts(readJson("test-results/playwright.json"))];
const total = counts.reduce((sum, c) => ({
  passed: sum.passed + c.passed,
  failed: sum.failed + c.failed,
  skipped: sum.skipped + c.skipped,
}));
const failed = unitStatus !== 0 || e2eStatus !== 0 ? Math.max(total.failed, 1) : total.failed;
console.log(`\nunit, API, CLI and browser tests:`);
console.log(`${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
