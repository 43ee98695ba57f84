/* global self, caches */
// Unknot's service worker: keeps the app usable offline once it has been loaded.
// - On install it caches the app shell and every built file listed in /asset-manifest.json (written by the build).
// - Built files have content hashes in their names, so they are served from the cache first.
// - Pages and the API go to the network first and fall back to the cache, so online use always sees fresh data.
const CACHE = "unknot-v1";
const SHELL = ["/", "/client-route.js", "/manifest.webmanifest", "/icon.svg", "/icon-192.png", "/icon-512.png", "/icon-maskable-512.png"];

async function builtAssets() {
  try {
    const response = await fetch("/asset-manifest.json", { cache: "no-cache" });
    return response.ok ? (await response.json()).map((file) => `/${file}`) : [];
  } catch {
    return [];
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...SHELL, ...(await builtAssets())]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set(await builtAssets());
      const cache = await caches.open(CACHE);
      if (keep.size > 0) {
        for (const request of await cache.keys()) {
          const path = new URL(request.url).pathname;
          if (path.startsWith("/assets/") && !keep.has(path)) await cache.delete(request);
        }
      }
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallback ?? request, response.clone());
    return response;
  } catch {
    const cached = await cache.match(fallback ?? request);
    if (cached) return cached;
    if (new URL(request.url).pathname.startsWith("/api/")) {
      return new Response(JSON.stringify({ error: { message: "You are offline, and this has not been loaded before." } }), {
        status: 503,
        headers: { "content-type": "application/json" },
      });
    }
    throw new Error("offline");
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) event.respondWith(networkFirst(request));
  else if (request.mode === "navigate") event.respondWith(networkFirst(request, "/"));
  else if (url.pathname.startsWith("/assets/")) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});
