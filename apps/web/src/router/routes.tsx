// The app's pages: one line each (path, title, page). Every page but the two a first visit needs loads its code on
// demand, so none of them adds to the first download.
import { createElement, type ComponentType, type ReactElement } from "react";
import { FindPage } from "../features/find/FindPage.tsx";
import { SignInPage } from "../features/account/SignInPage.tsx";
import { SignUpPage } from "../features/account/SignUpPage.tsx";
import { HomePage } from "../features/home/HomePage.tsx";
import { NotFoundPage } from "../features/home/NotFoundPage.tsx";
import { lazyPage } from "./lazy-page.tsx";

/** A page of the app: where it lives, its title in the browser's tab (`title · Unknot`) and what it shows. */
export interface PageRoute {
  path: string;
  title: string;
  element: ReactElement;
}

const page = (path: string, title: string, component: ComponentType): PageRoute => ({
  path,
  title,
  element: createElement(component),
});

export const PAGES: PageRoute[] = [
  page("/", "Where does it hurt?", HomePage),
  page("/find", "Your results", FindPage),
  page(
    "/atlas",
    "Trigger point atlas",
    lazyPage(() => import("../features/atlas/AtlasPage.tsx"), "AtlasPage"),
  ),
  page(
    "/atlas/:muscleId",
    "Atlas",
    lazyPage(() => import("./MuscleRoute.tsx"), "MuscleRoute"),
  ),
  page(
    "/session",
    "Guided session",
    lazyPage(() => import("../features/session/SessionPage.tsx"), "SessionPage"),
  ),
  page(
    "/history",
    "Your sessions",
    lazyPage(() => import("../features/history/HistoryPage.tsx"), "HistoryPage"),
  ),
  page(
    "/progress",
    "Your progress",
    lazyPage(() => import("../features/progress/ProgressPage.tsx"), "ProgressPage"),
  ),
  page(
    "/progress/check-in",
    "Weekly check-in",
    lazyPage(() => import("../features/outcomes/CheckInPage.tsx"), "CheckInPage"),
  ),
  page(
    "/report",
    "Report for a clinician",
    lazyPage(() => import("../features/report/ReportPage.tsx"), "ReportPage"),
  ),
  page(
    "/data",
    "Your data",
    lazyPage(() => import("../features/data/DataPage.tsx"), "DataPage"),
  ),
  page(
    "/plan",
    "Plan a routine",
    lazyPage(() => import("../features/plan/PlanPage.tsx"), "PlanPage"),
  ),
  page(
    "/plan/workout",
    "Before or after training",
    lazyPage(() => import("../features/plan/workout/WorkoutPage.tsx"), "WorkoutPage"),
  ),
  page(
    "/plan/factors",
    "What may keep the pain going",
    lazyPage(() => import("../features/plan/factors/FactorsPage.tsx"), "FactorsPage"),
  ),
  page(
    "/plan/reminders",
    "Reminders",
    lazyPage(() => import("../features/plan/reminders/RemindersPage.tsx"), "RemindersPage"),
  ),
  page("/sign-in", "Sign in", SignInPage),
  page("/sign-up", "Create an account", SignUpPage),
  page(
    "/my-clinician",
    "My clinician",
    lazyPage(() => import("../features/account/MyClinicianPage.tsx"), "MyClinicianPage"),
  ),
  page(
    "/clinician",
    "Your people",
    lazyPage(() => import("../features/account/ClinicianPage.tsx"), "ClinicianPage"),
  ),
  page(
    "/clinician/dashboard",
    "Who needs attention",
    lazyPage(() => import("../features/clinic/DashboardPage.tsx"), "DashboardPage"),
  ),
  page(
    "/clinician/people/:personId",
    "Findings and programmes",
    lazyPage(() => import("./PersonRoute.tsx"), "PersonRoute"),
  ),
  page("*", "Page not found", NotFoundPage),
];
