#!/usr/bin/env bash
# The whole test suite, from a fresh checkout: bootstrap, static checks, then every unit and
# integration test. The integration set-up (test/global-setup.ts) starts a Redis if none
# answers and its own Neo4j (assembled from Maven Central, cached in ~/.cache/newsgraph).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
echo "test: checking that no test or fixture depends on ../shared" >&2
node scripts/check-no-shared.mjs
echo "test: lint" >&2
pnpm run lint
echo "test: vitest (unit + integration)" >&2
pnpm exec vitest run "$@"
