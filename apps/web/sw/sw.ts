// Unknot's service worker, built from Workbox's modules by vite-plugin-pwa: keeps the app usable offline once loaded.
// - Installing it stores every built file the build lists in `__WB_MANIFEST` (the app shell, the icons and every file under
//   /assets/), so "ready" means everything is stored; each has a revision, so a new build replaces only what changed.
// - Those files are then served from that store; built files have content hashes in their names.
// - Pages and the API go to the network first, so online use always sees fresh data; offline, a page gets the stored app
//   shell and an API read the last answer stored for it. Writes are never stored.
import { clientsClaim, type WorkboxPlugin } from "workbox-core";
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { NetworkFirst, NetworkOnly } from "workbox-strategies";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

// A new version takes over at once, as soon as its files are stored, and drops the files of the one before.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// The hand-written worker before this one kept everything in one cache of its own; nothing reads it any more.
self.addEventListener("activate", (event) => event.waitUntil(caches.delete("unknot-v1")));

// Not for "/": page addresses go to the network first (below), so an online visit always gets the newest app.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: "", cleanURLs: false });

const sameOrigin = (url: URL) => url.origin === self.location.origin;

/** Offline, an API read that was never loaded gets an answer the app shows as a message, not a network error. */
const offlineAnswer: WorkboxPlugin = {
  handlerDidError: async () =>
    new Response(JSON.stringify({ error: { message: "You are offline, and this has not been loaded before." } }), {
      status: 503,
      headers: { "content-type": "application/json" },
    }),
};

// Only GET requests are routed (Workbox's default), so writes always go to the server and are never stored.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith("/api/"),
  new NetworkFirst({ cacheName: "unknot-api", plugins: [offlineAnswer] }),
);
registerRoute(
  ({ request, url }) => sameOrigin(url) && request.mode === "navigate",
  new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: "/index.html" })] }),
);
registerRoute(({ url }) => sameOrigin(url), new NetworkFirst({ cacheName: "unknot-other" }));
