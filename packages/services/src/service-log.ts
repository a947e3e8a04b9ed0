/** Progress messages for a human ("starting Neo4j…"); the CLI prints them, tests may drop them. */
export type ServiceLog = (message: string) => void;

/** A log that discards everything. */
export const silentLog: ServiceLog = () => undefined;
