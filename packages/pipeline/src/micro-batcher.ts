/**
 * Collects items submitted one by one (one per BullMQ job) and flushes them together, so many
 * jobs share one Neo4j transaction. Each `submit` resolves only after its batch committed, so a
 * job completes only when its data is durable (at-least-once delivery is kept).
 *
 * If a batch fails, its items are retried one at a time: one poison item then fails only its
 * own job while the others commit.
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
  let pending: Pending<T>[] = [];
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  const flushNow = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const p = run(batch).finally(() => inFlight.delete(p));
    inFlight.add(p);
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
      await Promise.allSettled([...inFlight]);
    },
  };
}
