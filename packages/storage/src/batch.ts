import type { Transaction } from "kysely";
import type { Database } from "./schema.ts";
import type { Store } from "./connect.ts";

/** How long a batch may wait for writers that are probably about to arrive (measured: 0.3–1 ms all help; a flush costs 0.3 ms and more). */
const GATHER_MS = 0.5;

type Work<T> = (trx: Transaction<Database>) => Promise<T>;
interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the embedded SQLite store: writes that arrive while a commit is in progress are
 * run together in the next transaction, and every caller is answered only after that transaction
 * has committed — one fsync then covers many acknowledged writes. If any write of a batch fails,
 * the batch rolls back and each write is run again in a transaction of its own, so one failing
 * write never undoes the others. PostgreSQL has its own group commit and a pool,
 * so there each write simply runs in its own transaction.
 */
export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private lastBatchSize = 0;

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
    setImmediate(() => void this.gatherThenFlush(performance.now()));
  }

  /**
   * Like PostgreSQL's commit_delay: when fewer writes are queued than the last batch held, the other
   * writers are probably about to send theirs, so keep turning the event loop (reading sockets) for
   * up to GATHER_MS before committing. One flush then covers them all.
   */
  private async gatherThenFlush(started: number): Promise<void> {
    if (this.queue.length < this.lastBatchSize && performance.now() - started < GATHER_MS) {
      setImmediate(() => void this.gatherThenFlush(started));
      return;
    }
    await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.lastBatchSize = batch.length;
    this.queue = [];
    try {
      // Optimistically commit the whole batch at once; writes rarely fail (bad input is refused before it gets here).
      const values = await this.store.db.transaction().execute(async (trx) => {
        const results: unknown[] = [];
        for (const item of batch) results.push(await item.work(trx));
        return results;
      });
      batch.forEach((item, i) => item.resolve(values[i]));
    } catch (error) {
      // One write failed and the batch rolled back: run each on its own, so only the failing one is refused.
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const item of batch) await this.store.db.transaction().execute(item.work).then(item.resolve, item.reject);
    } finally {
      this.scheduled = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
