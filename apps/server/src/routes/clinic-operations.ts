// The summaries and answers of the clinic routes (routes/clinic.ts), by path and method; their parameters and bodies
// come from the routes' validators (http/openapi.ts), and http/openapi-operations.ts adds these to OPERATIONS.

const json = (description: string, schema: unknown = { type: "object" }) => ({ description, content: { "application/json": { schema } } });
const fhir = (description: string) => ({ description, content: { "application/fhir+json": { schema: { type: "object" } } } });
const ACCESS = {
  "401": json("No session (accounts mode)"),
  "404": json("No such person, or they do not share their records with you (the same answer, so ids cannot be probed)"),
};
const WRITE = {
  ...ACCESS,
  "400": json("Bad input, naming the field"),
  "403": json("Only a sharing clinician (or the author) may do this"),
};

export const CLINIC_PATHS = {
  "/api/people/{personId}/findings": {
    get: {
      summary: "A person's trigger point findings (logged in their access log)",
      responses: { "200": json("Findings"), ...ACCESS },
    },
    post: {
      summary: "Record a finding with the 2018 consensus criteria",
      responses: { "201": json("The finding"), ...WRITE },
    },
  },
  "/api/people/{personId}/findings/fhir": {
    get: {
      summary: "A person's findings as a FHIR R4 Bundle of Observations",
      responses: { "200": fhir("Bundle"), ...ACCESS },
    },
  },
  "/api/people/{personId}/findings/{id}": {
    delete: {
      summary: "Delete a finding (its author only)",
      responses: { "204": { description: "Deleted" }, ...WRITE },
    },
  },
  "/api/people/{personId}/programmes": {
    get: {
      summary: "A person's home programmes with adherence, sessions and pain trend",
      responses: { "200": json("Programmes"), ...ACCESS },
    },
    post: {
      summary: "Assign a home programme (methods must be safe for each point and fit the person's tools)",
      responses: { "201": json("The programme"), ...WRITE },
    },
  },
  "/api/people/{personId}/programmes/{id}": {
    get: {
      summary: "One programme with adherence, sessions and pain trend",
      responses: { "200": json("Programme"), ...ACCESS },
    },
    put: {
      summary: "Change a programme (its author only)",
      responses: { "200": json("The programme"), ...WRITE },
    },
    delete: {
      summary: "Delete a programme (its author only)",
      responses: { "204": { description: "Deleted" }, ...WRITE },
    },
  },
  "/api/people/{personId}/programmes/{id}/fhir": {
    get: {
      summary: "A programme as a FHIR R4 Bundle: CarePlan with ServiceRequest activities",
      responses: { "200": fhir("Bundle"), ...ACCESS },
    },
  },
  "/api/clinician/dashboard": {
    get: {
      summary: "The people who share with the clinician, those needing attention first, with the reason in words",
      responses: { "200": json("Rows"), "401": json("No session"), "403": json("Not a clinician account") },
    },
  },
  "/api/programmes": {
    get: { summary: "My home programmes, each with the routine to run as a guided session", responses: { "200": json("Programmes") } },
  },
  "/api/findings": {
    get: {
      summary: "What my clinicians found: findings, a sentence per point, and the finder's press-test answers",
      responses: { "200": json("Findings") },
    },
  },
};
