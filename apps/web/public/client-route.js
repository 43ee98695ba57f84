/* global location, document */
// Runs before the page paints. A file rather than an inline script: the Content-Security-Policy runs no inline script.
// The home page is written into index.html at build time; on any other address, hide it until the app renders.
if (location.pathname !== "/" || location.search) document.documentElement.setAttribute("data-client-route", "");

// Lazily loaded pages and their chunks ([address pattern, [files]]): the build fills this in (routePreloads in
// vite-plugins.ts). Fetching them now, next to the entry, saves waiting for the entry to run and ask for them.
var ROUTE_PRELOADS = [];
ROUTE_PRELOADS.forEach(function (route) {
  if (!new RegExp(route[0]).test(location.pathname + location.search)) return;
  route[1].forEach(function (href) {
    var link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    // Below the entry, which the page needs first, and off the path of the first paint (the header and footer).
    link.fetchPriority = "low";
    link.href = href;
    document.head.appendChild(link);
  });
});
