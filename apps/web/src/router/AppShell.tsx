import { Suspense, useEffect, useRef } from "react";
import { matchRoutes, useRoutes } from "react-router";
import { AccountGate } from "../features/account/AccountGate.tsx";
import { useReminderClock } from "../features/plan/reminders/reminder-clock.ts";
import { SiteHeader } from "../features/shell/SiteHeader.tsx";
import { PageBoundary } from "./PageBoundary.tsx";
import { PAGES } from "./routes.tsx";
import { useLocation, useNavigationBridge } from "./router.ts";
import { usePageArrival } from "./usePageArrival.ts";

/** The web app shell: header, the page for the current address (in its own error boundary), footer. */
export function AppShell() {
  useNavigationBridge();
  const location = useLocation();
  const { path } = location;
  // Reminders the person set fire on any page of an open tab, not only after visiting the plan pages.
  useReminderClock();
  const main = useRef<HTMLElement>(null);
  usePageArrival(main, location);
  const page = useRoutes(PAGES);
  useEffect(() => {
    const title = matchRoutes(PAGES, path)?.at(-1)?.route.title ?? "Page not found";
    document.title = `${title} · Unknot`;
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader path={path} />
      <main id="main" className="page" ref={main} tabIndex={-1}>
        <PageBoundary path={path}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <AccountGate path={path}>{page}</AccountGate>
          </Suspense>
        </PageBoundary>
      </main>
      <footer className="site-footer">
        Unknot supports self-care and education. It does not diagnose, and it does not replace a clinician.
      </footer>
    </>
  );
}
