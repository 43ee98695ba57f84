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

// The operations on one person's records: reads answer 401/404 without access, writes also 400 and 403.
const read = (summary: string, answer: object) => ({ summary, responses: { "200": answer, ...ACCESS } });
const write = (summary: string, status: "200" | "201", what: string) => ({ summary, responses: { [status]: json(what), ...WRITE } });
const remove = (summary: string) => ({ summary, responses: { "204": { description: "Deleted" }, ...WRITE } });

export const CLINIC_PATHS = {
  "/api/people/{personId}/findings": {
    get: read("A person's trigger point findings (logged in their access log)", json("Findings")),
    post: write("Record a finding with the 2018 consensus criteria", "201", "The finding"),
  },
  "/api/people/{personId}/findings/fhir": {
    get: read("A person's findings as a FHIR R4 Bundle of Observations", fhir("Bundle")),
  },
  "/api/people/{personId}/findings/{id}": {
    delete: remove("Delete a finding (its author only)"),
  },
  "/api/people/{personId}/programmes": {
    get: read("A person's home programmes with adherence, sessions and pain trend", json("Programmes")),
    post: write("Assign a home programme (methods must be safe for each point and fit the person's tools)", "201", "The programme"),
  },
  "/api/people/{personId}/programmes/{id}": {
    get: read("One programme with adherence, sessions and pain trend", json("Programme")),
    put: write("Change a programme (its author only)", "200", "The programme"),
    delete: remove("Delete a programme (its author only)"),
  },
  "/api/people/{personId}/programmes/{id}/fhir": {
    get: read("A programme as a FHIR R4 Bundle: CarePlan with ServiceRequest activities", fhir("Bundle")),
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
