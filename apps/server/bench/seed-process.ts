// Seeds a diary in a process of its own, so the benchmark's client starts with a clean heap:
// `node --import tsx seed-process.ts <count>` with UNKNOT_DATA_DIR or DATABASE_URL set.
import { openStore, prepareStore } from "@unknot/storage";
import { seedSessions } from "./seed.ts";

const store = openStore({ dataDir: process.env.UNKNOT_DATA_DIR ?? "", databaseUrl: process.env.DATABASE_URL || undefined });
await prepareStore(store, new Date().toISOString());
await seedSessions(store, Number(process.argv[2]));
await store.db.destroy();
