import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { ACCOUNTS_BASE, signUpInBrowser, uniqueEmail } from "./accounts.ts";
import { expect, test } from "./fixtures.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// axe is added to the page as a script, which the Content-Security-Policy would refuse.
test.use({ baseURL: ACCOUNTS_BASE, bypassCSP: true });

/** WCAG 2 A and AA violations axe finds on the page, as "rule: selector" lines. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  // An expression as a string: the tests are type-checked without the DOM library.
  return page.evaluate<string[]>(`axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] }).then((results) =>
    results.violations.flatMap((v) => v.nodes.map((n) => v.id + ": " + n.target.join(" "))))`);
}

test("the sign-in and sign-up pages, with an error shown, pass axe's WCAG 2 A and AA rules", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  expect(await violations(page)).toEqual([]);
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toBeAttached();
  expect(await violations(page)).toEqual([]);
});

test("My clinician and the clinician's page pass axe's WCAG 2 A and AA rules", async ({ browser }) => {
  const person = await signUpInBrowser(browser, { name: "Ada", email: uniqueEmail("ada"), role: "person" }, { bypassCSP: true });
  await person.getByRole("button", { name: "Make an invite code" }).click();
  await expect(person.getByTestId("invite-code")).toBeVisible();
  expect(await violations(person)).toEqual([]);
  const clinician = await signUpInBrowser(browser, { name: "Dr Ng", email: uniqueEmail("ng"), role: "clinician" }, { bypassCSP: true });
  expect(await violations(clinician)).toEqual([]);
});
