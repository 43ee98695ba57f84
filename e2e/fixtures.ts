import { test as base, expect } from "@playwright/test";

export { expect };

/** Run in every page: logs each `securitypolicyviolation` event, so a violation the browser does not print is caught too. */
const LOG_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (event) =>
  console.error("Content-Security-Policy violation: " + event.effectiveDirective + " refused " + (event.blockedURI || "inline code")));`;

/**
 * Playwright's `test`, with a listener on every page of the app: a test fails when one of the app's pages logs a
 * Content-Security-Policy violation (Chromium's own "Refused to …" message, or the event itself) or a malformed
 * Permissions-Policy. Every spec imports `test` and `expect` from here.
 */
export const test = base.extend<{ securityConsole: void }>({
  securityConsole: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const problems: string[] = [];
      await context.addInitScript({ content: LOG_VIOLATIONS });
      context.on("console", (message) => {
        const text = message.text();
        const fromApp = message.page()?.url().startsWith(appOrigin) ?? true;
        if (fromApp && /Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(text)) problems.push(text);
      });
      await use();
      expect(problems, "an app page logged a Content-Security-Policy or Permissions-Policy problem").toEqual([]);
    },
    { auto: true },
  ],
});
