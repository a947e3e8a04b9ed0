#!/usr/bin/env node
// A committed shim so the bin link exists at install time, before `tsc -b` has produced dist/.
import('../dist/bin.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/bin.js')) {
    console.error('newsgraph: the CLI is not built yet. Run `pnpm run build` in the repository root.');
    process.exit(2);
  }
  throw err;
});
