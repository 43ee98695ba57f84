import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

// A left-sided headache: the finder asks for the upper trapezius first, then the temporalis.
const HEADACHE = "/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=";

const nextTest = (page: Page) => page.getByRole("region", { name: /^(Press next|Test this first): / });
const card = (page: Page, name: string | RegExp) => page.locator(".candidate").filter({ has: page.getByRole("heading", { name }) });
const startSession = (page: Page) =>
  page.getByRole("complementary", { name: "Guided session" }).getByRole("link", { name: "Start a guided session" });

/** The width of a candidate's fit bar, in percent. */
async function fitOf(candidate: Locator): Promise<number> {
  const style = (await candidate.locator(".fit-bar > span").getAttribute("style")) ?? "";
  return Number(/width:\s*([\d.]+)%/.exec(style)?.[1]);
}

test("answering the suggested test confirms it politely, moves focus to the next question, then says to start with the source", async ({
  page,
}, testInfo) => {
  await page.goto(HEADACHE);
  await nextTest(page).getByRole("button", { name: "Nothing" }).click();

  const confirmation = page.locator(".answer-confirmation");
  await expect(confirmation).toHaveAttribute("role", "status");
  await expect(confirmation).toContainText("Noted: pressing Upper trapezius, point 1 brought on nothing.");
  await expect(page.getByRole("heading", { name: "Press next: Temporalis, front-middle point" })).toBeFocused();

  await nextTest(page).getByRole("button", { name: "Yes, my familiar pain" }).click();
  await expect(confirmation).toContainText("Noted: pressing Temporalis, front-middle point brought on your familiar pain.");
  const found = page.getByRole("region", { name: "You have found a likely source: start with it" });
  await expect(found.getByRole("heading")).toBeFocused();
  const start = found.getByRole("link", { name: "Start a guided session with Temporalis, front-middle point" });
  await expect(start).toHaveAttribute("href", /^\/session\?.*points=temporalis-2/);
  await screenshot(page, testInfo, "press-answers-found");
});

test("a point that tested 'nothing' leaves the session being put together, whether suggested or chosen", async ({ page }) => {
  await page.goto(HEADACHE);
  await expect(startSession(page)).toHaveAttribute("href", /trapezius-upper-1/);

  // Suggested by the finder, then "nothing": out of the session.
  await card(page, "Number 1: Upper trapezius, point 1").getByRole("button", { name: "Nothing" }).click();
  const trapezius = card(page, /Upper trapezius, point 1$/);
  await expect(trapezius.getByRole("button", { name: /session/ })).toHaveAttribute("aria-pressed", "false");
  await expect(startSession(page)).not.toHaveAttribute("href", /trapezius-upper-1/);

  // Chosen by the person, then "nothing": out again. (All candidates shown, since "nothing" moves it down the list.)
  await page.getByRole("button", { name: /^Show all \d+ candidates$/ }).click();
  const third = page.locator(".candidate").nth(2);
  const name = (await third.getByRole("heading", { level: 3 }).innerText()).replace(/^Number \d+:\s*/, "");
  const chosen = card(page, new RegExp(`${name}$`));
  // The suggestion now holds the combination without the trapezius: one point for each part of the headache.
  const bar = page.getByRole("complementary", { name: "Guided session" });
  await expect(bar).toContainText("2 points chosen");
  await chosen.getByRole("button", { name: "Add to session" }).click();
  await expect(bar).toContainText("3 points chosen");
  await chosen.getByRole("button", { name: "Nothing" }).click();
  await expect(chosen.getByRole("button", { name: /session/ })).toHaveAttribute("aria-pressed", "false");
  await expect(bar).toContainText("2 points chosen");
});

test("'nothing' on the leading candidate moves it off the top; 'tender only' does not raise its fit", async ({ page }) => {
  await page.goto(HEADACHE);
  const leader = card(page, /Upper trapezius, point 1$/);
  const before = await fitOf(leader);

  await leader.getByRole("button", { name: "Tender only" }).click();
  await expect(page).toHaveURL(/tests=trapezius-upper-1:tender/);
  await expect(leader).toContainText("Tender only: probably not the cause.");
  expect(await fitOf(leader)).toBeLessThan(before);

  await leader.getByRole("button", { name: "Nothing" }).click();
  await expect(page).toHaveURL(/tests=trapezius-upper-1:nothing/);
  await expect(page.locator(".candidates > li h3").first()).not.toContainText("Upper trapezius, point 1");
});

test("after 'nothing' on a point, 'Together' no longer offers it as the explanation", async ({ page }, testInfo) => {
  await page.goto("/find?pain=temple-left:5,neck-back-left:5&symptoms=headache,stiffness&flags=&age=38&weeks=6");
  await card(page, /Upper trapezius, point 1$/)
    .getByRole("button", { name: "Nothing" })
    .click();
  await expect(page).toHaveURL(/tests=trapezius-upper-1:nothing/);
  const together = page.getByRole("region", { name: /^Together, these could explain/ });
  await expect(together.getByRole("listitem")).toHaveCount(2);
  await expect(together).toContainText("temple (left)");
  await expect(together).not.toContainText("Upper trapezius, point 1");
  await together.screenshot({ path: `test-results/screenshots/press-answers-together-after-nothing-${testInfo.project.name}.png` });
});

test("when every listed point was pressed with no effect, 'Together' says no point is left to explain that pain", async ({
  page,
  request,
}, testInfo) => {
  const heel = { pain: [{ region: "heel-right", intensity: 6 }], symptoms: [], flags: [] };
  const found = await request.post("/api/find", { data: heel, headers: { "Content-Type": "application/json" } });
  const ids = ((await found.json()) as { candidates: { triggerPoint: string }[] }).candidates.map((c) => c.triggerPoint);
  expect(ids.length).toBeGreaterThan(1);
  await page.goto(`/find?pain=heel-right:6&symptoms=&flags=&tests=${ids.map((id) => `${id}:nothing`).join(",")}`);
  const left = page.getByRole("region", { name: "No point left to explain it" });
  await expect(left).toContainText("No point left in question explains the heel (right)");
  await left.screenshot({ path: `test-results/screenshots/press-answers-none-left-${testInfo.project.name}.png` });
});
