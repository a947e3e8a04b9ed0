/**
 * Collects items submitted one by one (one per BullMQ job) and flushes them together, so many
 * jobs share one Neo4j transaction. Each `submit` resolves only after its batch committed, so a
 * job completes only when its data is durable (at-least-once delivery is kept).
 *
 * If a batch fails, its items are retried one at a time: one poison item then fails only its
 * own job while the others commit.
 *
 * Batches are written one after another, never side by side: two transactions of one process
 * touching the same entities would only deadlock each other (Neo4j resolves it by failing one),
 * and items arriving meanwhile simply make the next batch fuller.
 */
export interface MicroBatcher<T> {
  submit(item: T): Promise<void>;
  /** Flushes what is pending and waits for in-flight flushes. */
  drain(): Promise<void>;
}

export interface MicroBatcherOptions<T> {
  maxSize: number;
  /** How long the first item of a batch waits for company. */
  maxWaitMs: number;
  flush: (items: T[]) => Promise<void>;
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export function createMicroBatcher<T>(options: MicroBatcherOptions<T>): MicroBatcher<T> {
  const pending: Pending<T>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let busy = false;
  let idle: Promise<void> = Promise.resolve();

  const flushNow = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0 || busy) return;
    const batch = pending.splice(0, options.maxSize);
    busy = true;
    idle = run(batch).finally(() => {
      busy = false;
      // Whatever queued up while this batch was written goes next, at once.
      flushNow();
    });
  };

  const run = async (batch: Pending<T>[]): Promise<void> => {
    try {
      await options.flush(batch.map((b) => b.item));
      batch.forEach((b) => b.resolve());
      return;
    } catch (err) {
      if (batch.length === 1) {
        batch[0]?.reject(err);
        return;
      }
    }
    for (const b of batch) {
      try {
        await options.flush([b.item]);
        b.resolve();
      } catch (err) {
        b.reject(err);
      }
    }
  };

  return {
    submit(item: T): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (pending.length >= options.maxSize) flushNow();
        else timer ??= setTimeout(flushNow, options.maxWaitMs);
      });
    },
    async drain(): Promise<void> {
      flushNow();
      while (busy || pending.length > 0) {
        await idle.catch(() => undefined);
        flushNow();
      }
    },
  };
}
