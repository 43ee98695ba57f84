import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";
import { accountRoute, ACCOUNT_TITLES } from "./features/account/account-routes.tsx";
import { AccountGate } from "./features/account/AccountGate.tsx";
import { FindPage } from "./features/find/FindPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { NotFoundPage } from "./features/home/NotFoundPage.tsx";
import { PLAN_TITLES, planRoute } from "./features/plan/plan-routes.tsx";
import { CLINIC_TITLES, clinicRoute } from "./features/clinic/clinic-routes.tsx";
import { useReminderClock } from "./features/plan/reminders/reminder-clock.ts";
import { SiteHeader } from "./features/shell/SiteHeader.tsx";
import { useLocation } from "./router/router.ts";
import { usePageArrival } from "./router/usePageArrival.ts";

// Pages that need the atlas load it on demand, so the first visit downloads only the body map.
const AtlasPage = lazy(() => import("./features/atlas/AtlasPage.tsx").then((m) => ({ default: m.AtlasPage })));
const MusclePage = lazy(() => import("./features/atlas/MusclePage.tsx").then((m) => ({ default: m.MusclePage })));
const SessionPage = lazy(() => import("./features/session/SessionPage.tsx").then((m) => ({ default: m.SessionPage })));
const HistoryPage = lazy(() => import("./features/history/HistoryPage.tsx").then((m) => ({ default: m.HistoryPage })));

const TITLES: [RegExp, string][] = [
  [/^\/$/, "Where does it hurt?"],
  [/^\/find$/, "Your results"],
  [/^\/atlas$/, "Trigger point atlas"],
  [/^\/atlas\//, "Atlas"],
  [/^\/session$/, "Guided session"],
  [/^\/history$/, "Your sessions"],
  ...PLAN_TITLES,
  ...ACCOUNT_TITLES,
  ...CLINIC_TITLES,
];

function route(path: string): ReactNode {
  if (path === "/") return <HomePage />;
  if (path === "/find") return <FindPage />;
  if (path === "/atlas") return <AtlasPage />;
  const muscle = /^\/atlas\/([a-z0-9-]+)$/.exec(path);
  if (muscle?.[1]) return <MusclePage muscleId={muscle[1]} />;
  if (path === "/session") return <SessionPage />;
  if (path === "/history") return <HistoryPage />;
  return planRoute(path) ?? accountRoute(path) ?? clinicRoute(path) ?? <NotFoundPage />;
}

/** The web app shell: header, the page for the current address, footer. */
export function App() {
  const location = useLocation();
  const { path } = location;
  // Reminders the person set fire on any page of an open tab, not only after visiting the plan pages.
  useReminderClock();
  const main = useRef<HTMLElement>(null);
  usePageArrival(main, location);
  useEffect(() => {
    const title = TITLES.find(([pattern]) => pattern.test(path))?.[1] ?? "Page not found";
    document.title = `${title} · Unknot`;
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader path={path} />
      <main id="main" className="page" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <AccountGate path={path}>{route(path)}</AccountGate>
        </Suspense>
      </main>
      <footer className="site-footer">
        Unknot supports self-care and education. It does not diagnose, and it does not replace a clinician.
      </footer>
    </>
  );
}
