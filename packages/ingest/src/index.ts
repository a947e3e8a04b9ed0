export { readInputs, type IngestItem, type ReadInputsOptions } from './read-inputs.js';
export { contentHash } from './content-hash.js';
export { decodeHtml, type DecodedHtml } from './decode-html.js';
export { IngestError, type IngestErrorCode } from './ingest-error.js';
