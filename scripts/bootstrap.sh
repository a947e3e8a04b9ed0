#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine of this kind (Node + npm + Java +
# Maven present, nothing else): the pinned pnpm, the workspace's packages, and a build.
# Services (Redis, Neo4j) are started on demand by `newsgraph run` / `newsgraph services up`
# and by the test set-up, not here. Safe to run again: each step is a no-op when done.
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(node -p "require('./package.json').packageManager.split('@')[1]")
have=$(pnpm --version 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  echo "bootstrap: installing pnpm $want (found: ${have:-none})" >&2
  npm install -g "pnpm@$want" --no-fund --no-audit >&2 || {
    echo "bootstrap: global install failed; falling back to corepack" >&2
    corepack enable && corepack prepare "pnpm@$want" --activate
  }
fi

echo "bootstrap: pnpm install" >&2
pnpm install --frozen-lockfile >&2
echo "bootstrap: build" >&2
pnpm run build >&2
