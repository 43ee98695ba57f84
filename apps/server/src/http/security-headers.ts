import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

const SELF = ["'self'"];
const NONE = ["'none'"];

/**
 * The browser's part of the defence, on every response of the app and the API:
 * - a Content-Security-Policy that runs only the app's own script files (none inline, no eval) and connects only to
 *   this server, so injected markup cannot run or send the diary anywhere; `frame-ancestors 'none'` (and
 *   X-Frame-Options) stop another page from framing the import and delete buttons to trick clicks;
 * - `nosniff`, no referrer, a browsing context of its own (COOP) and resources other sites cannot embed (CORP);
 * - a Permissions-Policy that turns off the devices the app never uses. It keeps the screen awake during a guided
 *   session (`screen-wake-lock`) and plays its timer sounds (`autoplay`); vibration and notifications are not
 *   governed by this header.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: SELF,
      scriptSrc: SELF,
      // React sets `style` through the DOM, which style-src does not govern; stylesheets come from the build.
      styleSrc: SELF,
      imgSrc: SELF,
      connectSrc: SELF,
      fontSrc: SELF,
      manifestSrc: SELF,
      workerSrc: SELF,
      objectSrc: NONE,
      baseUri: NONE,
      formAction: SELF,
      frameAncestors: NONE,
    },
    xFrameOptions: "DENY",
    xContentTypeOptions: true,
    referrerPolicy: "no-referrer",
    crossOriginOpenerPolicy: "same-origin",
    crossOriginResourcePolicy: "same-origin",
    // HSTS is for whoever terminates TLS in a shared deployment; on http://127.0.0.1 browsers ignore it.
    strictTransportSecurity: false,
    permissionsPolicy: {
      accelerometer: [],
      autoplay: ["self"],
      camera: [],
      displayCapture: [],
      geolocation: [],
      gyroscope: [],
      hid: [],
      magnetometer: [],
      microphone: [],
      midi: [],
      payment: [],
      screenWakeLock: ["self"],
      serial: [],
      usb: [],
    },
  });
}
