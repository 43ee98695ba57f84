import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two runs (or a run and a dev server) coexist on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3917);
/** A second server, in accounts mode (sign-in, sharing), for the account specs: see e2e/accounts.ts. */
const ACCOUNTS_PORT = PORT + 1;

/** End-to-end tests drive Debian's Chromium against the real server with a throwaway data directory. */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined } },
  ],
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node scripts/e2e-server.mjs ${ACCOUNTS_PORT} accounts`,
      url: `http://127.0.0.1:${ACCOUNTS_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
