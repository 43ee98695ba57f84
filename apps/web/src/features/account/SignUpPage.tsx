import { useState } from "react";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { signUp } from "../../api/index.ts";
import { Field } from "./Field.tsx";
import { EmailPasswordFields } from "./EmailPasswordFields.tsx";
import { errorFor } from "../../shared/form/form-error.ts";
import { FormAlert, useFormSubmit } from "../../shared/form/form-submit.tsx";
import { meChanged } from "../../shared/useMe.ts";
import "./account.css";

/** Create an account: for your own diary, or as a clinician whom people can share theirs with. */
export function SignUpPage() {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<"person" | "clinician">("person");
  const { error, busy, submit } = useFormSubmit(async () => {
    await signUp({ name, email, password, role });
    navigate(role === "clinician" ? "/clinician" : "/my-clinician");
    meChanged();
  });
  return (
    <section className="account-page" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      <form className="card account-form" onSubmit={submit} noValidate>
        <Field label="Your name" name="name" autoComplete="name" value={name} onChange={setName} error={errorFor(error, "name")} />
        <EmailPasswordFields
          email={email}
          onEmailChange={setEmail}
          password={password}
          onPasswordChange={setPassword}
          error={error}
          newPassword
        />
        <fieldset className="account-role">
          <legend>I am</legend>
          <label>
            <input type="radio" name="role" value="person" checked={role === "person"} onChange={() => setRole("person")} />
            Using Unknot for my own pain
          </label>
          <label>
            <input type="radio" name="role" value="clinician" checked={role === "clinician"} onChange={() => setRole("clinician")} />A
            clinician (people share their records with me)
          </label>
          {errorFor(error, "role") && <span className="field-error">{errorFor(error, "role")}</span>}
        </fieldset>
        <FormAlert error={error} />
        <button className="primary wide" type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create account"}
        </button>
      </form>
      <p className="hint">A clinician's account sees nobody's records until a person shares theirs with an invite code.</p>
      <p>
        Have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
