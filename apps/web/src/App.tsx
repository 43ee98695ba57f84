import { AppShell } from "./router/AppShell.tsx";

/** The web app: the shell renders the page for the current address; `main.tsx` and `prerender.tsx` give it a router. */
export function App() {
  return <AppShell />;
}
