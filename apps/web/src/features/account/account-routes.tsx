import { lazy, type ReactNode } from "react";
import { SignInPage } from "./SignInPage.tsx";
import { SignUpPage } from "./SignUpPage.tsx";

const MyClinicianPage = lazy(() => import("./MyClinicianPage.tsx").then((m) => ({ default: m.MyClinicianPage })));
const ClinicianPage = lazy(() => import("./ClinicianPage.tsx").then((m) => ({ default: m.ClinicianPage })));

/** Page titles of the account pages, for the shell's `document.title`. */
export const ACCOUNT_TITLES: [RegExp, string][] = [
  [/^\/sign-in$/, "Sign in"],
  [/^\/sign-up$/, "Create an account"],
  [/^\/my-clinician$/, "My clinician"],
  [/^\/clinician$/, "Your people"],
];

/** The page for an account address, or `undefined` when the address is not one of them. */
export function accountRoute(path: string): ReactNode {
  switch (path) {
    case "/sign-in":
      return <SignInPage />;
    case "/sign-up":
      return <SignUpPage />;
    case "/my-clinician":
      return <MyClinicianPage />;
    case "/clinician":
      return <ClinicianPage />;
    default:
      return undefined;
  }
}
