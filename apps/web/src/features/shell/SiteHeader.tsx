import { useRef, useState, type KeyboardEvent } from "react";
import { Link } from "../../router/Link.tsx";
import { useMe } from "../../shared/useMe.ts";
import "./shell.css";

const NAV = [
  { to: "/", label: "Body map" },
  { to: "/atlas", label: "Atlas" },
  { to: "/history", label: "History" },
  { to: "/plan", label: "Plan" },
  { to: "/progress", label: "Progress" },
  { to: "/report", label: "Report" },
  { to: "/data", label: "Your data" },
] as const;

/** A clinician's own pages: the people who share with them, and the dashboard (features/clinic). */
const CLINICIAN = { to: "/clinician", label: "Clinician" } as const;

/** The menu entry of the page at `path`: results belong to the body map, plan sub-pages to the plan. */
function sectionOf(path: string): string {
  return path === "/" || path === "/find" ? "/" : `/${path.split("/")[1]}`;
}

/**
 * The site header. Wide screens show every page in a row; on a phone the pages sit behind a Menu button, which opens
 * them as a list below the header and closes on a choice or Escape.
 */
export function SiteHeader({ path }: { path: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const section = sectionOf(path);
  const me = useMe();
  const nav = typeof me === "object" && me.viewer?.role === "clinician" ? [...NAV, CLINICIAN] : NAV;
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <header className="site-header" onKeyDown={closeOnEscape}>
      <Link className="brand" to="/">
        <img src="/icon.svg" alt="" width="28" height="28" />
        Unknot
      </Link>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpen((was) => !was)}
      >
        <span className="menu-icon" aria-hidden="true" />
        Menu
      </button>
      <nav id="site-nav" aria-label="Main" className={open ? "open" : undefined}>
        {nav.map((item) => (
          <Link key={item.to} to={item.to} aria-current={section === item.to ? "page" : undefined} onClick={() => setOpen(false)}>
            {item.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
