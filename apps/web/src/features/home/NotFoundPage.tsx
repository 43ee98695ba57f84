import { Link } from "../../router/Link.tsx";

/** Shown for an address the app does not know. */
export function NotFoundPage() {
  return (
    <section className="card">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or the link may be out of date.</p>
      <p>
        <Link to="/">Go to the body map</Link> or <Link to="/atlas">browse the atlas</Link>.
      </p>
    </section>
  );
}
