import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Link } from "../../router/Link.tsx";
import { messageOf } from "../../api/index.ts";
import { acceptInvite, sharedPeople, type SharedPerson } from "../../api/index.ts";
import { Field } from "./Field.tsx";
import { errorFor, formErrorOf, type FormError } from "../../shared/form/form-error.ts";
import "./account.css";

/** A clinician's start: accept a person's invite code, and the people who share their records now. */
export function ClinicianPage() {
  const [code, setCode] = useState("");
  const [error, setError] = useState<FormError>();
  const [accepted, setAccepted] = useState<string>();
  const [people, setPeople] = useState<SharedPerson[]>();
  const load = useCallback(() => {
    sharedPeople().then(
      (answer) => setPeople(answer.people),
      (failure: unknown) => setError({ message: messageOf(failure) }),
    );
  }, []);
  useEffect(load, [load]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const person = await acceptInvite(code);
      setAccepted(person.name);
      setCode("");
      load();
    } catch (failure) {
      setError(formErrorOf(failure));
    }
  };
  return (
    <section className="account-page" aria-labelledby="clinician-title">
      <h1 id="clinician-title">Your people</h1>
      <form className="card account-form" onSubmit={submit} noValidate>
        <h2>Accept an invite</h2>
        <Field
          label="Invite code"
          name="code"
          autoComplete="off"
          hint="The code the person made on their “My clinician” page, e.g. ABCD-EFGH-JKMN."
          value={code}
          onChange={setCode}
          error={errorFor(error, "code") ?? (error && !error.field ? error.message : undefined)}
        />
        {error && (
          <p className="visually-hidden" role="alert">
            {error.message}
          </p>
        )}
        {accepted && <p role="status">{accepted} now shares their records with you.</p>}
        <button className="primary" type="submit">
          Accept
        </button>
      </form>
      <div className="card">
        <h2>Sharing with you now</h2>
        {people && people.length === 0 && <p>Nobody yet.</p>}
        {people && people.length > 0 && (
          <p>
            <Link to="/clinician/dashboard">Open the dashboard: who needs attention first, findings and programmes</Link>
          </p>
        )}
        <ul className="share-list" aria-label="People who share with you">
          {people?.map((person) => (
            <li key={person.personId}>
              <strong>{person.name}</strong>
              <span className="meta">since {new Date(person.since).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
