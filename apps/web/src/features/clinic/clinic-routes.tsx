import { lazy, type ReactNode } from "react";

const DashboardPage = lazy(() => import("./DashboardPage.tsx").then((m) => ({ default: m.DashboardPage })));
const PersonPage = lazy(() => import("./PersonPage.tsx").then((m) => ({ default: m.PersonPage })));

/** Page titles of the clinician pages, for the shell's `document.title`. */
export const CLINIC_TITLES: [RegExp, string][] = [
  [/^\/clinician\/dashboard$/, "Who needs attention"],
  [/^\/clinician\/people\//, "Findings and programmes"],
];

/** The clinician page for an address, or `undefined` when the address is not one of them. */
export function clinicRoute(path: string): ReactNode {
  if (path === "/clinician/dashboard") return <DashboardPage />;
  const person = /^\/clinician\/people\/([^/]+)$/.exec(path);
  if (person?.[1]) return <PersonPage personId={decodeURIComponent(person[1])} />;
  return undefined;
}
