export { extract, EXTRACTOR_VERSION } from './extract.js';
export { createResources, type ExtractResources } from './resources.js';
export type * from './types.js';
