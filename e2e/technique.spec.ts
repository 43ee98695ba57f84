import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

test("a muscle page gives each technique as numbered steps beside a picture of the position", async ({ page }, testInfo) => {
  await page.goto("/atlas/infraspinatus");
  const point = page.locator("#infraspinatus-1");
  const techniques = point.locator(".treatments > li");
  await expect(techniques.first()).toBeVisible();
  for (const technique of await techniques.all()) {
    const steps = technique.locator("ol.technique-steps > li");
    await expect(steps).toHaveText([
      /^Find it:/,
      /^Get into position:/,
      /^(Press and hold|Roll slowly|Press and stroke):/,
      /^How long:/,
      /^How hard:/,
      /^Stop if:/,
    ]);
    await expect(technique.getByRole("img", { name: /^Position: / })).toBeVisible();
    await expect(technique.getByText(/Pain limit: [1-7]\/10/)).toBeVisible();
  }
  await expect(point.getByRole("img", { name: "Position: lying on your back, with the ball" }).first()).toBeVisible();
  // No sentence runs into the next: "lap.. Grip" or a lower-case start after a full stop.
  const text = await point.locator(".treatments").innerText();
  expect(text).not.toContain("..");
  expect(text).not.toMatch(/\. [a-z]/);
  // The point itself is marked on the body figure.
  await expect(point.getByRole("img", { name: /^Infraspinatus, point 1 .*, back view/ })).toBeVisible();
  await point.locator(".treatments > li").first().scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, "technique-muscle");
  await page.screenshot({ path: `test-results/screenshots/technique-muscle-view-${testInfo.project.name}.png` });

  // "Stop if" names the point's cautions and leads to them; "Find it" leads to how to find it.
  await page.goto("/atlas/teres-minor");
  const stop = page.locator("#teres-minor-1 .technique-step-stop").first();
  await expect(stop).toContainText("Stop at once if the pain turns sharp, electric or burning");
  await expect(stop).toContainText("beside the armpit");
  await stop.getByRole("link", { name: "“Take care here”" }).click();
  await expect(page).toHaveURL(/#teres-minor-1-care$/);
  await expect(page.locator("#teres-minor-1-care")).toBeInViewport();
  await page.screenshot({ path: `test-results/screenshots/technique-cautions-view-${testInfo.project.name}.png` });
  await page.locator("#teres-minor-1 .technique-step-find a").first().click();
  await expect(page.locator("#teres-minor-1-find")).toBeInViewport();
});

// Runs in the page before the app: records what the app asks the browser's real speech synthesis to
// say, and still passes each utterance on to it.
const RECORD_SPEECH = `
  window.spoken = [];
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  synth.speak = (utterance) => {
    window.spoken.push(utterance.text);
    speak(utterance);
  };
`;

test("a guided session shows the step with its position, eases off during a hold and speaks the steps", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.addInitScript(RECORD_SPEECH);
  await page.clock.install({ time: new Date("2026-03-02T09:00:00Z") });
  const spoken = () => page.evaluate<string>('window.spoken.join("\\n")');
  await page.goto("/session?points=gluteus-medius-1:left");
  await page.getByRole("button", { name: "Next: rate your pain before you start" }).click();
  await page.getByRole("button", { name: "Go to the first step" }).click();
  // From here the clock moves only when the test moves it, so the seconds below are exact.
  await page.clock.pauseAt(new Date("2026-03-02T09:10:00Z"));

  // Spoken prompts are off until turned on.
  const speech = page.getByRole("switch", { name: "Speak the steps aloud" });
  await expect(speech).not.toBeChecked();
  await speech.check();
  await expect.poll(spoken).toContain("Spoken prompts on.");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect.poll(spoken).toMatch(/Step 1 of \d+: Warm-up/);
  await page.getByRole("button", { name: "Skip this step" }).click();
  await expect(page.getByRole("heading", { name: "Gluteus medius, point 1 (back)" })).toBeVisible();
  await expect.poll(spoken).toMatch(/Step 2 of \d+: Gluteus medius, point 1 \(back\)\. Get into position: Lying on your back/);

  // The step: its position pictogram, numbered technique steps and the point on the body.
  await expect(page.getByRole("img", { name: "Position: lying on your back, with the ball" })).toBeVisible();
  const steps = page.locator(".session-run ol.technique-steps > li");
  await expect(steps).toHaveText([
    /^Find it:/,
    /^Get into position:/,
    /^Press and hold:/,
    /^How long: Hold for 60 seconds/,
    /^How hard: Pain limit: 5\/10/,
    /^Stop if:/,
  ]);
  await expect(steps.nth(1)).toHaveAttribute("aria-current", "step");
  await expect(page.getByRole("img", { name: /^Gluteus medius, point 1 \(back\), back view/ })).toBeVisible();
  const easeOff = page.getByRole("button", { name: "Too much? Ease off" });
  await expect(easeOff).toHaveAttribute("aria-disabled", "true");

  await page.clock.runFor(5_000);
  await expect(page.locator(".phase-name")).toHaveText("Hold");
  await expect.poll(spoken).toMatch(/Start now\. .* Hold for 60 seconds/);
  await expect(steps.nth(2)).toHaveAttribute("aria-current", "step");
  await page.clock.runFor(10_000);
  await expect(page.locator(".countdown")).toHaveText("50s");
  await screenshot(page, testInfo, "technique-session-hold");

  // "Too much": from the keyboard, the rest of the hold halves and the pain limit drops by two.
  await easeOff.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".countdown")).toHaveText("25s");
  await expect(page.locator(".step-dose")).toHaveText("Large soft ball, 35 seconds (eased off from 60 seconds)");
  await expect(page.locator(".ceiling")).toContainText("Eased off. Keep the pain at or below 3 out of 10.");
  await expect(steps.nth(4)).toContainText("Pain limit: 3/10.");
  await expect(page.locator("[aria-live=assertive]")).toHaveText(
    "Eased off. 25 seconds left: press more lightly, at or below 3 out of 10.",
  );
  await expect(easeOff).toBeFocused();
  await expect.poll(spoken).toContain("Eased off. 25 seconds left");
  await screenshot(page, testInfo, "technique-session-eased");
  await page.locator(".session-run").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screenshots/technique-session-eased-view-${testInfo.project.name}.png` });
  await page.clock.runFor(16_000);
  await expect.poll(spoken).toContain("10 seconds left.");

  // The choice is remembered: after a reload the session comes back paused with prompts still on.
  await page.clock.resume();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Speak the steps aloud" })).toBeChecked();
  await expect(page.locator(".step-dose")).toContainText("eased off from 60 seconds");

  // The diary records the point with the dose it came to and that the person eased off.
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(10 * 60_000);
  await page.getByRole("button", { name: "Rate your pain now" }).click();
  await expect(page.getByText("You eased off on one of them; the diary notes it.")).toBeVisible();
  await page.getByRole("button", { name: "Save to my diary" }).click();
  await expect(page.getByRole("heading", { name: "Saved to your diary" })).toBeVisible();
  // Other specs write to the same diary; only this test (on each device) saves on its fake day.
  const diary = (await (await page.request.get("/api/sessions?from=2026-03-01&to=2026-03-03")).json()) as {
    items: { points: { seconds?: number; notes?: string }[] }[];
  };
  expect(diary.items.length).toBeGreaterThan(0);
  for (const item of diary.items)
    expect(item.points).toEqual([
      expect.objectContaining({ seconds: 35, notes: "Eased off once: 35 seconds instead of 60 seconds, with lighter pressure." }),
    ]);
});

test("without speech synthesis the session offers no spoken prompts and runs as before", async ({ page }) => {
  await page.addInitScript(`
    Object.defineProperty(window, "speechSynthesis", { value: undefined });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: undefined });
  `);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/session?points=gluteus-medius-1:left");
  await page.getByRole("button", { name: "Next: rate your pain before you start" }).click();
  await page.getByRole("button", { name: "Go to the first step" }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "Skip this step" }).click();
  await expect(page.getByRole("heading", { name: "Gluteus medius, point 1 (back)" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Speak the steps aloud" })).toHaveCount(0);
  expect(errors).toEqual([]);
});
