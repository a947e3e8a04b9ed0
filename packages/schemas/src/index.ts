export * from './document.js';
export * from './extraction.js';
export * from './jobs.js';
export * from './config.js';
export * from './alias-dictionary.js';
