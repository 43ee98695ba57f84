import type { Command } from "commander";
import { readStorageEnv } from "../env.ts";
import { formatOutput, writeOutput } from "../output.ts";

/** `unknot db migrate`: applies pending migrations to the diary database and says what it did. */
export function registerDbCommand(program: Command): void {
  const db = program.command("db").description("manage the diary database");
  db.command("migrate")
    .description("apply pending migrations (the server also does this when it starts)")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const { migrate, openStore, readMigrations } = await import("@unknot/storage");
      const store = openStore(readStorageEnv());
      try {
        const applied = await migrate(store);
        const data = { database: store.location, applied, total: readMigrations().length };
        const text = () =>
          applied.length === 0
            ? `${store.location} is up to date (${data.total} migrations).`
            : `Applied ${applied.length} migration(s) to ${store.location}:\n${applied.map((name) => `  ${name}`).join("\n")}`;
        writeOutput(formatOutput({ data, text }, options.json ? "json" : "text"));
      } finally {
        await store.db.destroy();
      }
    });
}
