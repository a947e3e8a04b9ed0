/** Queue names. Keys live under the configured prefix (NEWSGRAPH_QUEUE_PREFIX), never bare. */
export const QueueName = {
  extract: 'extract',
  graph: 'graph',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
