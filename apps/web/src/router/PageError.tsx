import { Link } from "./Link.tsx";

/** Shown in place of a page that failed to render: says so plainly and offers a way back. Nothing saved is touched. */
export function PageError({ retry }: { retry: () => void }) {
  return (
    <section className="page-error" role="alert">
      <h1>This page could not be shown</h1>
      <p>Something went wrong while showing this page. What you saved in your diary is safe.</p>
      <p className="page-error-actions">
        <button type="button" className="primary" onClick={retry}>
          Try again
        </button>
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}
