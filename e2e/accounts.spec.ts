import { ACCOUNTS_BASE, signUpInBrowser, uniqueEmail } from "./accounts.ts";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

test.use({ baseURL: ACCOUNTS_BASE });

test("a signed-out visitor gets the sign-in page, and a wrong password is named on its field", async ({ page }, testInfo) => {
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await screenshot(page, testInfo, "sign-in");
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("password: Invalid email or password").first()).toBeVisible();
  await screenshot(page, testInfo, "sign-in-error");
});

test("sign-up names the field at fault", async ({ page }, testInfo) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Sam");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, testInfo, "sign-up-error");
});

test("a person shares with a clinician by invite code, sees the access log, revokes, and the clinician loses access", async ({
  browser,
}, testInfo) => {
  const person = await signUpInBrowser(browser, { name: "Pat Person", email: uniqueEmail("pat"), role: "person" });
  await person.getByRole("button", { name: "Make an invite code" }).click();
  const code = (await person.getByTestId("invite-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

  const clinician = await signUpInBrowser(browser, { name: "Dr Lee", email: uniqueEmail("lee"), role: "clinician" });
  await clinician.getByLabel("Invite code").fill(code);
  await clinician.getByRole("button", { name: "Accept" }).click();
  await expect(clinician.getByRole("status")).toHaveText("Pat Person now shares their records with you.");
  const people = clinician.getByRole("list", { name: "People who share with you" });
  await expect(people).toContainText("Pat Person");
  await screenshot(clinician, testInfo, "clinician-people");
  const personId = await person.evaluate(
    async () => ((await (await fetch("/api/me")).json()) as { viewer: { personId: string } }).viewer.personId,
  );
  const open = () => clinician.evaluate(async (id) => (await fetch(`/api/people/${id}`)).status, personId);
  expect(await open()).toBe(200);

  await person.reload();
  await expect(person.getByText("Dr Lee").first()).toBeVisible();
  await expect(person.getByRole("table")).toContainText("opened your summary");
  await screenshot(person, testInfo, "my-clinician");

  await person.getByRole("button", { name: "Stop sharing with Dr Lee" }).click();
  await expect(person.getByText("Nobody: your records are yours alone.")).toBeVisible();
  expect(await open()).toBe(404);
  await clinician.reload();
  await expect(clinician.getByText("Nobody yet.")).toBeVisible();
  // The same code cannot be used again.
  await clinician.getByLabel("Invite code").fill(code);
  await clinician.getByRole("button", { name: "Accept" }).click();
  await expect(clinician.getByLabel("Invite code")).toHaveAttribute("aria-invalid", "true");

  await person.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(person.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(await person.evaluate(async () => (await fetch("/api/sessions")).status)).toBe(401);
});
