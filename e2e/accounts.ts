import type { Browser, Page } from "@playwright/test";

/** The accounts-mode server playwright.config.ts starts next to the personal one (E2E_PORT + 1). */
export const ACCOUNTS_BASE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3917) + 1}`;

/** A unique email per run, so reruns against a kept server never collide. */
export const uniqueEmail = (who: string) => `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

/** Signs up through the app's own page, in a fresh browser context (its own cookie jar), and returns the page. */
export async function signUpInBrowser(
  browser: Browser,
  who: { name: string; email: string; role: "person" | "clinician" },
  options: { bypassCSP?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: ACCOUNTS_BASE, ...options });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByLabel(who.role === "clinician" ? /A clinician/ : /my own pain/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: who.role === "clinician" ? "Your people" : "My clinician" }).waitFor();
  return page;
}
