import { lazy, type ReactNode } from "react";

// Every page here loads on demand, so none of them adds to the first download.
const ProgressPage = lazy(() => import("../progress/ProgressPage.tsx").then((m) => ({ default: m.ProgressPage })));
const DataPage = lazy(() => import("../data/DataPage.tsx").then((m) => ({ default: m.DataPage })));
const PlanPage = lazy(() => import("./PlanPage.tsx").then((m) => ({ default: m.PlanPage })));
const WorkoutPage = lazy(() => import("./workout/WorkoutPage.tsx").then((m) => ({ default: m.WorkoutPage })));
const FactorsPage = lazy(() => import("./factors/FactorsPage.tsx").then((m) => ({ default: m.FactorsPage })));
const RemindersPage = lazy(() => import("./reminders/RemindersPage.tsx").then((m) => ({ default: m.RemindersPage })));
const CheckInPage = lazy(() => import("../outcomes/CheckInPage.tsx").then((m) => ({ default: m.CheckInPage })));
const ReportPage = lazy(() => import("../report/ReportPage.tsx").then((m) => ({ default: m.ReportPage })));

/** Page titles of the progress, report, data and plan pages, for the shell's `document.title`. */
export const PLAN_TITLES: [RegExp, string][] = [
  [/^\/progress$/, "Your progress"],
  [/^\/progress\/check-in$/, "Weekly check-in"],
  [/^\/report$/, "Report for a clinician"],
  [/^\/data$/, "Your data"],
  [/^\/plan$/, "Plan a routine"],
  [/^\/plan\/workout$/, "Before or after training"],
  [/^\/plan\/factors$/, "What may keep the pain going"],
  [/^\/plan\/reminders$/, "Reminders"],
];

/** The page for a progress, report, data or plan address, or `undefined` when the address is not one of them. */
export function planRoute(path: string): ReactNode {
  switch (path) {
    case "/progress":
      return <ProgressPage />;
    case "/progress/check-in":
      return <CheckInPage />;
    case "/report":
      return <ReportPage />;
    case "/data":
      return <DataPage />;
    case "/plan":
      return <PlanPage />;
    case "/plan/workout":
      return <WorkoutPage />;
    case "/plan/factors":
      return <FactorsPage />;
    case "/plan/reminders":
      return <RemindersPage />;
    default:
      return undefined;
  }
}
