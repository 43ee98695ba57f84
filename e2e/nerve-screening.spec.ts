import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

/** The drawing: right lower buttock 7, back of the thigh 5, calf 4, sole 3. */
const SCIATICA = "/find?pain=buttock-lower-right:7,thigh-back-right:5,calf-right:4,sole-right:3";

async function chooseNumbnessAndWeakness(page: Page) {
  await page.goto(SCIATICA);
  await page.getByRole("button", { name: "Numbness or tingling" }).click();
  await page.getByRole("button", { name: "Weakness", exact: true }).click();
}

/** Answers a follow-up question, found by the start of its wording. */
async function answer(page: Page, question: RegExp, value: "Yes" | "No") {
  await page.getByRole("group", { name: question }).getByRole("radio", { name: value }).check();
}

/** Answers the three follow-up questions that numbness and weakness bring. */
async function answerFollowUps(page: Page, answers: Record<"betweenLegs" | "urineOrStool" | "gettingWorse", "Yes" | "No">) {
  await answer(page, /between your legs/, answers.betweenLegs);
  await answer(page, /urine or stool/, answers.urineOrStool);
  await answer(page, /Is the weakness getting worse/, answers.gettingWorse);
}

test("sciatica with numbness and weakness: follow-up questions, then see a clinician, press tests with a stop rule", async ({
  page,
}, testInfo) => {
  await chooseNumbnessAndWeakness(page);

  // The chips bring their own questions, which must be answered, and leave the general list.
  await expect(page.getByRole("group", { name: /Is the weakness getting worse/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /between your legs/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /arm or leg getting weaker/ })).toHaveCount(0);
  await page.getByRole("button", { name: /show my results/ }).click();
  await expect(page).not.toHaveURL(/flags=/);

  await answerFollowUps(page, { betweenLegs: "No", urineOrStool: "No", gettingWorse: "No" });
  await screenshot(page, testInfo, "screening-follow-ups");
  await page.getByRole("button", { name: /None of the safety questions apply/ }).click();

  await expect(page).toHaveURL(/symptoms=numbness-tingling,weakness&flags=$/);
  await expect(page.getByRole("heading", { name: "See a clinician within the next few days" })).toBeVisible();
  const verdict = page.locator(".verdict");
  await expect(verdict).toContainText("irritated nerve root");
  await expect(verdict).not.toContainText(/today|within days/);
  await expect(page.locator(".differentials")).toContainText("An irritated nerve root (radiculopathy)");

  const pressTests = page.locator(".press-test");
  await expect(pressTests.first()).toBeVisible();
  // Every press test carries the stop rule (the cards appear one per frame, so no count is taken mid-way).
  await expect(page.locator(".candidate").last()).toBeVisible();
  await expect(page.locator(".press-test:not(:has(.stop-rule))")).toHaveCount(0);
  await expect(page.locator(".press-test .stop-rule").first()).toContainText("Only once a clinician has checked you");
  await expect(page.getByText(/Test this next/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add to session" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start a guided session" })).toHaveCount(0);
  await screenshot(page, testInfo, "results-see-clinician");
});

test("weakness that is getting worse: urgent, one time frame, no press test, candidates folded away", async ({ page }, testInfo) => {
  await chooseNumbnessAndWeakness(page);
  await answerFollowUps(page, { betweenLegs: "No", urineOrStool: "No", gettingWorse: "Yes" });
  await page.getByRole("button", { name: "Show my results" }).click();

  await expect(page).toHaveURL(/flags=progressive-weakness/);
  await expect(page.getByRole("heading", { name: "Get medical care today" })).toBeVisible();
  await expectNothingToPress(page);
  await screenshot(page, testInfo, "results-urgent-weakness");

  // Changing the answers brings the follow-ups back as they were answered.
  await page.getByRole("link", { name: "Change the answers" }).click();
  await expect(page.getByRole("group", { name: /Is the weakness getting worse/ }).getByRole("radio", { name: "Yes" })).toBeChecked();
  await expect(page.getByRole("group", { name: /between your legs/ }).getByRole("radio", { name: "No" })).toBeChecked();
});

test("cancer and constant night pain: urgent, said once, with nothing to press", async ({ page }, testInfo) => {
  await page.goto("/find?pain=thoracic-left:6,scapula-medial-left:4");
  await page.getByRole("checkbox", { name: /Do you have cancer now/ }).check();
  await page.getByRole("checkbox", { name: /there all night/ }).check();
  await page.getByRole("button", { name: "Show my results" }).click();

  await expect(page.getByRole("heading", { name: "Get medical care today" })).toBeVisible();
  await expect(page.locator(".verdict")).not.toContainText(/within days|few days/);
  expect((await page.locator(".verdict").innerText()).match(/today/g)).toHaveLength(1);
  await expectNothingToPress(page);
  await screenshot(page, testInfo, "results-urgent");
  await page.getByText("For information, after you have been checked").click();
  await expect(page.locator(".folded-candidates li").first()).toBeVisible();
  await expectNothingToPress(page);
  await screenshot(page, testInfo, "results-urgent-open");
});

test("numbness between the legs with sciatica: the emergency screen", async ({ page }, testInfo) => {
  await chooseNumbnessAndWeakness(page);
  await answerFollowUps(page, { betweenLegs: "Yes", urineOrStool: "No", gettingWorse: "No" });
  await page.getByRole("button", { name: "Show my results" }).click();

  await expect(page.getByRole("heading", { name: "Call emergency services now" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("cauda equina");
  await expectNothingToPress(page);
  await screenshot(page, testInfo, "results-emergency");
});

async function expectNothingToPress(page: Page) {
  await expect(page.locator(".press-test")).toHaveCount(0);
  await expect(page.getByText(/Test this next/)).toHaveCount(0);
  await expect(page.getByText(/press for 10 seconds/i)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add to session" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /guided session|Plan a routine/ })).toHaveCount(0);
}
