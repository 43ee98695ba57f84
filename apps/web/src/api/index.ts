// The web app's one way to the server: the typed client, its error, and one function per thing the pages ask for.
// Requests and answers are inferred from the server's routes (`AppType`); nothing here restates their shapes.
export * from "./client.ts";
export * from "./diary.ts";
export * from "./plan.ts";
export * from "./progress.ts";
export * from "./transfer.ts";
export * from "./accounts.ts";
export * from "./clinic.ts";
