import { HomePage } from "./features/home/HomePage.tsx";

/** The web app shell. */
export function App() {
  return (
    <>
      <header className="site-header">
        <a className="brand" href="/">
          <img src="/icon.svg" alt="" width="28" height="28" />
          Unknot
        </a>
      </header>
      <main className="page">
        <HomePage />
      </main>
      <footer className="site-footer">
        Unknot supports self-care and education. It does not diagnose, and it does not replace a clinician.
      </footer>
    </>
  );
}
