import { useState } from "react";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { signIn } from "../../api/index.ts";
import { EmailPasswordFields } from "./EmailPasswordFields.tsx";
import { FormAlert, useFormSubmit } from "../../shared/form/form-submit.tsx";
import { meChanged } from "../../shared/useMe.ts";
import "./account.css";

/** Sign in with email and password (accounts mode). Shown in place of any page that needs an account. */
export function SignInPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { error, busy, submit } = useFormSubmit(async () => {
    await signIn({ email, password });
    if (location.pathname === "/sign-in") navigate("/");
    meChanged();
  });
  return (
    <section className="account-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <p className="hint">This Unknot server keeps each person's diary to them. Sign in to open yours.</p>
      <form className="card account-form" onSubmit={submit} noValidate>
        <EmailPasswordFields email={email} onEmailChange={setEmail} password={password} onPasswordChange={setPassword} error={error} />
        <FormAlert error={error} />
        <button className="primary wide" type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p>
        New here? <Link to="/sign-up">Create an account</Link>
      </p>
      <p className="hint">
        Forgot your password? Ask whoever runs this server: they can set a new one (<code>unknot accounts reset-password</code>).
      </p>
    </section>
  );
}
