import { sql, type Transaction } from "kysely";
import type { Database } from "./schema.ts";
import type { Store } from "./connect.ts";

type Work<T> = (trx: Transaction<Database>) => Promise<T>;
interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the embedded SQLite store: writes that arrive while a commit is in progress are
 * run together in the next transaction, each inside its own savepoint (so one failing write does
 * not undo the others), and every caller is answered only after that transaction has committed —
 * one fsync then covers many acknowledged writes. PostgreSQL has its own group commit and a pool,
 * so there each write simply runs in its own transaction.
 */
export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly store: Store) {}

  /** Runs `work` in a transaction (shared with other concurrent writes on SQLite) and resolves after commit. */
  run<T>(work: Work<T>): Promise<T> {
    if (this.store.dialect !== "sqlite") return this.store.db.transaction().execute(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work: work as Work<unknown>, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.store.db.transaction().execute(async (trx) => {
        // A lone write needs no savepoint: if it fails, the whole transaction rolls back with it.
        if (batch.length === 1 && batch[0]) {
          outcomes.push({ ok: true, value: await batch[0].work(trx) });
          return;
        }
        for (const item of batch) {
          await sql`SAVEPOINT unknot_write`.execute(trx);
          try {
            outcomes.push({ ok: true, value: await item.work(trx) });
            await sql`RELEASE unknot_write`.execute(trx);
          } catch (error) {
            await sql`ROLLBACK TO unknot_write`.execute(trx);
            await sql`RELEASE unknot_write`.execute(trx);
            outcomes.push({ ok: false, error });
          }
        }
      });
      batch.forEach((item, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) item.resolve(outcome.value);
        else item.reject(outcome?.error);
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    } finally {
      this.scheduled = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
