import "./zod-config.ts";
import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App.tsx";
import { followHistorySteps } from "./router/router.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
followHistorySteps();
const app = (
  <StrictMode>
    {/* Navigations render at once, as typing into a field that keeps its value in the address needs. */}
    <BrowserRouter useTransitions={false}>
      <App />
    </BrowserRouter>
  </StrictMode>
);
// The build writes the bare home page into index.html. Only that exact page can be hydrated; any other address
// (or a home page with a drawing in its query) is rendered afresh over it. Both run as transitions, which React
// renders in small slices, so a slow phone stays responsive while the body map's hundreds of shapes are set up.
if (root.hasAttribute("data-prerendered") && window.location.pathname === "/" && window.location.search === "") {
  startTransition(() => void hydrateRoot(root, app));
} else {
  root.removeAttribute("data-prerendered");
  root.replaceChildren();
  const client = createRoot(root);
  startTransition(() => client.render(app));
}

if (import.meta.env.PROD && "serviceWorker" in navigator) {
  // Registered after load so caching for offline use never competes with the first page.
  window.addEventListener("load", () => void navigator.serviceWorker.register("/sw.js").catch(() => undefined));
}

// Sessions saved while offline wait on the device; send them as soon as the connection is back.
window.addEventListener("online", () => void import("./shared/outbox/outbox.ts").then((outbox) => outbox.flushOutbox()));
