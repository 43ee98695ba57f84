/**
 * The OpenAPI description of sign-in (auth/auth-routes.ts): better-auth's catch-all has no validator middleware, so
 * the contract skips it (http/openapi.ts) and the document takes these paths as they are.
 */
const json = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const body = (properties: Record<string, unknown>, required: string[]) => ({
  required: true,
  content: { "application/json": { schema: { type: "object", properties, required } } },
});
const STRING = { type: "string" };
const ERRORS = { "400": json("Bad input, naming the field"), "401": json("No session (accounts mode)") };

export const ACCOUNT_PATHS = {
  "/api/auth/sign-up/email": {
    post: {
      summary: "Create an account (accounts mode) and sign in: sets the httpOnly session cookie",
      requestBody: body({ name: STRING, email: STRING, password: STRING, role: { enum: ["person", "clinician"] } }, [
        "name",
        "email",
        "password",
      ]),
      responses: { "200": json("The new account"), ...ERRORS },
    },
  },
  "/api/auth/sign-in/email": {
    post: {
      summary: "Sign in (rate-limited per client address): sets the httpOnly session cookie",
      requestBody: body({ email: STRING, password: STRING }, ["email", "password"]),
      responses: { "200": json("The account"), "429": json("Too many attempts"), ...ERRORS },
    },
  },
  "/api/auth/sign-out": { post: { summary: "Sign out this browser", responses: { "200": json("Signed out") } } },
  "/api/auth/revoke-sessions": {
    post: { summary: "Sign out everywhere: ends every session of the account", responses: { "200": json("Done") } },
  },
  "/api/auth/get-session": { get: { summary: "The current session, or null", responses: { "200": json("Session") } } },
  "/api/auth/change-password": {
    post: {
      summary: "Change the password (and optionally end the other sessions)",
      requestBody: body({ currentPassword: STRING, newPassword: STRING, revokeOtherSessions: { type: "boolean" } }, [
        "currentPassword",
        "newPassword",
      ]),
      responses: { "200": json("Changed"), ...ERRORS },
    },
  },
};

/** The summaries and answers of the sharing routes (auth/share-routes.ts); parameters and bodies come from their validators. */
export const SHARE_PATHS = {
  "/api/me": {
    get: {
      summary: "The server's mode (personal or accounts) and who is signed in (or null)",
      responses: { "200": json("{ mode, viewer }") },
    },
  },
  "/api/shares": {
    get: { summary: "The clinicians the person shares with (revoked ones too)", responses: { "200": json("{ shares }"), ...ERRORS } },
  },
  "/api/shares/invites": {
    post: {
      summary: "Make a one-use invite code for a clinician, valid 24 hours",
      responses: { "201": json("{ code, expiresAt }"), ...ERRORS },
    },
  },
  "/api/shares/accept": {
    post: {
      summary: "A clinician accepts an invite code",
      responses: {
        "201": json("{ personId, name }"),
        "403": json("Not a clinician's account"),
        "404": json("Unknown, used or expired code"),
        ...ERRORS,
      },
    },
  },
  "/api/shares/people": {
    get: { summary: "A clinician's people: those who currently share with them", responses: { "200": json("{ people }"), ...ERRORS } },
  },
  "/api/shares/{id}": {
    delete: {
      summary: "Revoke a share at once",
      responses: { "204": { description: "Revoked" }, "404": json("No such active share"), ...ERRORS },
    },
  },
  "/api/people/{personId}": {
    get: {
      summary: "A person's summary, for them or a clinician they share with (logged); 404 for anyone else",
      responses: { "200": json("{ personId, name, access }"), "404": json("No such person, or not shared with you"), ...ERRORS },
    },
  },
  "/api/access-log": {
    get: {
      summary: "Every time a clinician opened the person's records, newest first (read-only)",
      responses: { "200": json("{ entries }"), ...ERRORS },
    },
  },
};
