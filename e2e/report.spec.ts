import { expect, test } from "./fixtures.ts";
import { screenshot } from "./screenshot.ts";

/** A session yesterday that pressed harder than Unknot ever allows, with notes on the session and on the point. */
const sessionFor = (project: string) => ({
  startedAt: new Date(Date.now() - 86_400_000).toISOString(),
  points: [
    { triggerPoint: "trapezius-upper-1", method: "fingers", seconds: 90, maxPain: 8, notes: "Sharp near the collarbone, eased off." },
  ],
  painBefore: [{ region: "temple-left", intensity: 6 }],
  painAfter: [{ region: "temple-left", intensity: 4 }],
  // Projects share one diary, so each one's note is its own to find exactly one row.
  notes: `Headache began after a long drive; worse on waking (${project}).`,
});

test("the report shows the person's notes, flags pressure above 7/10 in words and has a name and date to fill in", async ({
  page,
  request,
}, testInfo) => {
  const SESSION = sessionFor(testInfo.project.name);
  const response = await request.post("/api/sessions", { data: SESSION, headers: { "Content-Type": "application/json" } });
  expect(response.status()).toBe(201);
  await page.goto("/report");
  const sessions = page.getByRole("region", { name: "Sessions", exact: true });
  const row = sessions.getByRole("row").filter({ hasText: SESSION.notes });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Sharp near the collarbone, eased off.");
  await expect(row).toContainText("8/10 (above Unknot's limit of 7/10)");
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(/8\/10, above Unknot's limit of 7\/10/);

  const name = page.getByRole("textbox", { name: "Name" });
  const date = page.getByRole("textbox", { name: "Date" });
  await expect(name).toHaveValue("");
  await name.fill("Alex Example");
  await screenshot(page, testInfo, "report-notes-limit");

  await page.emulateMedia({ media: "print" });
  await expect(name).toBeVisible();
  await expect(name).toHaveValue("Alex Example");
  // An empty field prints as a line to write on: visible, with a bottom border and no box.
  await expect(date).toBeVisible();
  await expect(date).toHaveValue("");
  await expect(date).toHaveCSS("border-bottom-style", "solid");
  await expect(date).toHaveCSS("border-top-style", "none");
  await expect(row).toContainText("above Unknot's limit of 7/10");
  await expect(row).toContainText(SESSION.notes);
});
