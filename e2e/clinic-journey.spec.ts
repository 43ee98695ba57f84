import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

// The practice journey needs accounts, so this spec runs its own server in accounts mode next to the shared
// personal-mode one (same built web app, its own empty data directory and port).
const PORT = Number(process.env.E2E_PORT ?? 3917) + 50;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let dataDir = "";

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "unknot-e2e-clinic-"));
  server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    stdio: "ignore",
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "", UNKNOT_ACCOUNTS: "on" },
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const up = await fetch(`${ORIGIN}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the accounts-mode server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

async function signUp(request: APIRequestContext, role: "person" | "clinician", name: string, tag: string) {
  const email = `${role}-${tag}-${Date.now()}@example.org`;
  const answer = await request.post(`${ORIGIN}/api/auth/sign-up/email`, { data: { name, email, password: "correct horse battery", role } });
  expect(answer.status(), await answer.text()).toBe(200);
  return email;
}

async function api(request: APIRequestContext, method: "GET" | "POST" | "DELETE", path: string, data?: unknown) {
  const answer = await request.fetch(`${ORIGIN}${path}`, {
    method,
    ...(data === undefined ? {} : { data }),
    headers: { "content-type": "application/json" },
  });
  expect(answer.ok(), `${method} ${path}: ${answer.status()}`).toBe(true);
  return answer.status() === 204 ? undefined : ((await answer.json()) as unknown);
}

async function runGuidedSession(page: Page) {
  await expect(page.getByRole("heading", { name: "Guided session" })).toBeVisible();
  await expect(page.getByText("Following the routine you planned")).toBeVisible();
  await page.getByRole("button", { name: "Next: rate your pain before you start" }).click();
  await page.getByRole("button", { name: "Go to the first step" }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.clock.runFor(30 * 60_000);
  await page.getByRole("button", { name: "Rate your pain now" }).click();
  await expect(page.getByRole("heading", { name: "How is it now?" })).toBeVisible();
  await page.getByRole("button", { name: "Save to my diary" }).click();
  await expect(page.getByRole("heading", { name: "Saved to your diary" })).toBeVisible();
}

test("a person shares with a clinician, who records a finding and assigns a programme; the person runs it; revoking ends access", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = testInfo.project.name;
  const device = testInfo.project.use;
  const personContext = await browser.newContext({ ...device, baseURL: ORIGIN });
  const clinicianContext = await browser.newContext({ ...device, baseURL: ORIGIN });
  const person = await personContext.newPage();
  const clinician = await clinicianContext.newPage();

  // Accounts and sharing (the auth branch's API; its pages are built separately).
  await signUp(personContext.request, "person", "Pat Person", tag);
  await signUp(clinicianContext.request, "clinician", "Dr Kim", tag);
  const { code } = (await api(personContext.request, "POST", "/api/shares/invites")) as { code: string };
  await api(clinicianContext.request, "POST", "/api/shares/accept", { code });

  // The clinician finds the person on the dashboard and opens their records.
  await clinician.goto("/clinician/dashboard");
  const row = clinician.locator(".clinic-row", { hasText: "Pat Person" });
  await expect(row).toContainText("No programme running");
  // A clinician's account has its pages in the site menu (behind the Menu button on a phone), marked as the current section here.
  const menuButton = clinician.getByRole("button", { name: "Menu" });
  if (await menuButton.isVisible()) await menuButton.click();
  const clinicianLink = clinician.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clinician" });
  await expect(clinicianLink).toBeVisible();
  await expect(clinicianLink).toHaveAttribute("aria-current", "page");
  if (await menuButton.isVisible()) await menuButton.click();
  await screenshot(clinician, testInfo, "clinic-dashboard");
  await row.getByRole("link", { name: "Open Pat Person" }).click();
  await expect(clinician.getByRole("heading", { name: "Findings and home programmes" })).toBeVisible();
  const personRecords = clinician.url();

  // A finding with the consensus criteria, shown on the body map and in the list.
  await clinician.getByLabel("Trigger point").selectOption("infraspinatus-1");
  const form = clinician.getByRole("form", { name: "Record a finding" });
  await form.getByLabel("right").check();
  await form.getByLabel("Taut band").check();
  await form.getByLabel("Hypersensitive spot in the band").check();
  await form.getByLabel("Referred pain the person recognises as theirs").check();
  await form.getByRole("button", { name: "Save finding" }).click();
  const findings = clinician.locator(".finding-list");
  await expect(findings).toContainText("(right): judged active; the criteria for an active point are met");
  await expect(clinician.getByRole("img", { name: /back view: 1 examined point/ })).toBeVisible();

  // The finding reaches the person's finder as a press-test answer, with the clinician's words beside it.
  await person.goto("/find?pain=shoulder-front-right:6&flags=");
  const found = person.getByRole("region", { name: "What your clinician found" });
  await expect(found).toContainText("Your clinician found this point active on the right");
  await expect(person.getByRole("link", { name: "Clinician", exact: true, includeHidden: true })).toHaveCount(0);
  await expect(person.locator(".candidates > li h3").first()).toContainText("Infraspinatus, point 1");
  await screenshot(person, testInfo, "clinic-finder-note");

  // A programme from that finding: only safe methods for the person's tools are offered.
  const editor = clinician.getByRole("form", { name: "New home programme" });
  await editor.getByRole("button", { name: /^Add Infraspinatus/ }).click();
  const method = editor.locator(".programme-point select").nth(1);
  await expect(method.locator("option")).toHaveText(
    ["Large soft ball", "Thumb or fingertips", "Pincer grip"].map((m) => new RegExp(m, "i")),
  );
  await screenshot(clinician, testInfo, "clinic-person");
  await editor.getByRole("button", { name: "Assign programme" }).click();
  const card = clinician.locator(".programme-card", { hasText: "Home programme" });
  await expect(card).toContainText("0 sessions done");

  // The person sees it on the plan page and runs it as a guided session.
  await person.clock.install();
  await person.goto("/plan");
  const mine = person.getByRole("region", { name: "From your clinician" });
  await expect(mine).toContainText("Home programme");
  await screenshot(person, testInfo, "clinic-plan-programme");
  await mine.getByRole("button", { name: "Start this programme Home programme" }).click();
  await runGuidedSession(person);

  // The clinician sees the session and the adherence.
  await clinician.reload();
  await expect(card).toContainText("1 session done");
  await card.getByText("Sessions run from this programme (1)").click();
  await expect(card.locator("details li")).toHaveCount(1);
  await clinician.goto("/clinician/dashboard");
  await expect(row).toContainText("Last session");
  await expect(row).toContainText("Home programme: first week under way (1 sessions)");

  // The person revokes; the clinician loses access at once.
  const { shares } = (await api(personContext.request, "GET", "/api/shares")) as { shares: { id: string; revokedAt: string | null }[] };
  await api(personContext.request, "DELETE", `/api/shares/${shares.find((s) => s.revokedAt === null)?.id ?? ""}`);
  await clinician.reload();
  await expect(clinician.getByText("Nobody shares with you yet.")).toBeVisible();
  await clinician.goto(personRecords);
  await expect(clinician.getByRole("heading", { name: "Records not available" })).toBeVisible();
  await expect(clinician.getByRole("alert")).toContainText("No such person, or they have not shared their records with you.");
  await screenshot(clinician, testInfo, "clinic-revoked");
  await personContext.close();
  await clinicianContext.close();
});
