import { Queue } from 'bullmq';
import { createRedisConnection, QueueName } from '@newsgraph/queues';

/** Removes every key of a test's queues (its own prefix), as bullmq's own tests do. */
export async function obliterateQueues(redisUrl: string, prefix: string): Promise<void> {
  const redis = createRedisConnection(redisUrl);
  try {
    for (const name of Object.values(QueueName)) {
      const q = new Queue(name, { connection: redis, prefix });
      await q.obliterate({ force: true });
      await q.close();
    }
  } finally {
    redis.disconnect();
  }
}
