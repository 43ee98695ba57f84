import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";
import { FindPage } from "./features/find/FindPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { NotFoundPage } from "./features/home/NotFoundPage.tsx";
import { PLAN_TITLES, planRoute } from "./features/plan/plan-routes.tsx";
import { useReminderClock } from "./features/plan/reminders/reminder-clock.ts";
import { Link } from "./router/Link.tsx";
import { useLocation } from "./router/router.ts";

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
];

const NAV = [
  { to: "/", label: "Body map" },
  { to: "/atlas", label: "Atlas" },
  { to: "/history", label: "History" },
  { to: "/plan", label: "Plan" },
  { to: "/progress", label: "Progress" },
] as const;

function route(path: string): ReactNode {
  if (path === "/") return <HomePage />;
  if (path === "/find") return <FindPage />;
  if (path === "/atlas") return <AtlasPage />;
  const muscle = /^\/atlas\/([a-z0-9-]+)$/.exec(path);
  if (muscle?.[1]) return <MusclePage muscleId={muscle[1]} />;
  if (path === "/session") return <SessionPage />;
  if (path === "/history") return <HistoryPage />;
  return planRoute(path) ?? <NotFoundPage />;
}

/** The web app shell: header, the page for the current address, footer. */
export function App() {
  const { path } = useLocation();
  // Reminders the person set fire on any page of an open tab, not only after visiting the plan pages.
  useReminderClock();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  useEffect(() => {
    const title = TITLES.find(([pattern]) => pattern.test(path))?.[1] ?? "Page not found";
    document.title = `${title} · Unknot`;
    // After a navigation, move focus to the new page so screen readers start reading it.
    if (path !== firstPath.current) main.current?.focus({ preventScroll: true });
    firstPath.current = "";
  }, [path]);
  const section = path === "/" || path === "/find" ? "/" : `/${path.split("/")[1]}`;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link className="brand" to="/">
          <img src="/icon.svg" alt="" width="28" height="28" />
          Unknot
        </Link>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <Link key={item.to} to={item.to} aria-current={section === item.to ? "page" : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
      </header>
      <main id="main" className="page" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>{route(path)}</Suspense>
      </main>
      <footer className="site-footer">
        Unknot supports self-care and education. It does not diagnose, and it does not replace a clinician.
      </footer>
    </>
  );
}
