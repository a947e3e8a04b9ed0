export { ServicesError, isServicesError, type ServicesErrorCode } from './errors.js';
export { type ServiceLog, silentLog } from './service-log.js';
export { servicesCacheRoot, projectBrowserAssetsDir, isLoopbackHost } from './service-paths.js';
export {
  ensureRedis,
  probeRedis,
  parseRedisUrl,
  type EnsureRedisOptions,
  type EnsureRedisResult,
  type RedisInfo,
} from './ensure-redis.js';
export {
  ensureNeo4j,
  wipeNeo4j,
  parseNeo4jUri,
  defaultNeo4jHome,
  neo4jHomeFiles,
  runningNeo4jPid,
  type EnsureNeo4jOptions,
  type EnsureNeo4jResult,
} from './ensure-neo4j.js';
export {
  probeNeo4j,
  fetchNeo4jDiscovery,
  type Neo4jProbe,
  type Neo4jDiscovery,
} from './probe-neo4j.js';
export {
  assembleNeo4j,
  renderAssemblyPom,
  NEO4J_VERSION,
  NEO4J_BROWSER_VERSION,
  type Neo4jDistribution,
} from './assemble-neo4j.js';
export { renderNeo4jConf, neo4jJvmFlags, type Neo4jConfOptions } from './render-neo4j-conf.js';
export { PROJECT_BROWSER_PATH } from './prepare-browser-classpath.js';
export { stopPid, isPidAlive } from './process-control.js';
export {
  servicesUp,
  servicesDown,
  servicesStatus,
  type ServicesConfig,
  type ServicesUpResult,
  type StoppedService,
  type ServicesStatus,
} from './services.js';
