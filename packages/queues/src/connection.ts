import { Redis } from 'ioredis';

/**
 * One ioredis connection configured as BullMQ workers require (`maxRetriesPerRequest: null`, so
 * blocking commands wait through Redis restarts instead of failing jobs).
 */
export function createRedisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}
