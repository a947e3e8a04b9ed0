export { QueueName } from './queue-names.js';
export { createRedisConnection } from './connection.js';
export {
  createExtractQueue,
  createGraphQueue,
  createQueueEvents,
  enqueueExtractJobs,
  enqueueGraphJob,
  jobIdFor,
  defaultJobOptions,
  type QueueSettings,
} from './queues.js';
export { QueueError } from './queue-error.js';
