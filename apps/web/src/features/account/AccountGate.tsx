import type { ReactNode } from "react";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { signOut, signOutEverywhere } from "../../api/index.ts";
import { SignInPage } from "./SignInPage.tsx";
import { meChanged, useMe } from "../../shared/useMe.ts";
import "./account.css";

/** Pages anyone may open on a server with accounts: signing in and up, and the atlas (the API serves it to all). */
const OPEN_PATHS = [/^\/sign-(in|up)$/, /^\/atlas(\/|$)/];

/**
 * In accounts mode, shows the sign-in page in place of any page that needs an account while nobody is signed in,
 * and a bar with who is signed in, their sharing page and sign-out. In personal mode it changes nothing.
 */
export function AccountGate({ path, children }: { path: string; children: ReactNode }) {
  const me = useMe();
  if (me === undefined || me === "offline" || me.mode === "personal") return <>{children}</>;
  const open = OPEN_PATHS.some((pattern) => pattern.test(path));
  if (!me.viewer) return open ? <>{children}</> : <SignInPage />;
  const out = (work: () => Promise<unknown>) => () =>
    void work()
      .catch(() => undefined)
      .then(() => {
        navigate("/sign-in");
        meChanged();
      });
  return (
    <>
      <nav className="account-bar" aria-label="Account">
        {me.viewer.role === "clinician" ? <Link to="/clinician">Your people</Link> : <Link to="/my-clinician">My clinician</Link>}
        <button type="button" className="link-button" onClick={out(signOut)}>
          Sign out
        </button>
        <button type="button" className="link-button" onClick={out(signOutEverywhere)}>
          Sign out everywhere
        </button>
      </nav>
      {children}
    </>
  );
}
