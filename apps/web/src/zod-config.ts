import { config } from "zod/v4/core";

// Zod compiles fast parsers with `new Function`, and even its probe for that is reported as a violation by a
// Content-Security-Policy without 'unsafe-eval' (which the server's policy rightly omits). The browser parses only
// small inputs, so the plain parsers are fast enough. Imported first by main.tsx, before any schema parses.
config({ jitless: true });
