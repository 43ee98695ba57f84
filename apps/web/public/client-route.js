/* global location, document */
// The home page is written into index.html at build time; on any other address, hide it until the app renders.
// A file rather than an inline script: the Content-Security-Policy runs no inline script.
if (location.pathname !== "/" || location.search) document.documentElement.setAttribute("data-client-route", "");
