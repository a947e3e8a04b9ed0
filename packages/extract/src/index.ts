export { extract, analyzeDocument, EXTRACTOR_VERSION } from './extract.js';
export { createResources, type ExtractResources, type CreateResourcesOptions } from './resources.js';
export { parseAliasDictionary, AliasDictionaryError, type AliasEntry } from './link/parse-alias-dictionary.js';
export { slugify } from './resolve/slugify.js';
export type * from './types.js';
