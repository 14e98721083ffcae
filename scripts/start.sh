#!/usr/bin/env bash
# npm start: everything a new user needs, from a fresh clone: dependencies, local servers, schema,
# demo data, a build, and every app under one supervisor. Ctrl-C stops the apps; `npm run infra:down`
# stops the servers.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
# INFRA_PROFILE=cluster: the cluster's addresses and APP_REPLICAS=2 (infra/local/profile.sh); default: nothing
source infra/local/profile.sh

echo "==> local infrastructure"
bash infra/local/infra.sh up

# Each service connects as its own role, limited to its schema (infra/local/postgres.sh creates them);
# an external DATABASE_URL keeps its one role unless DATABASE_SERVICE_ROLES=on is set too.
if [ -z "${DATABASE_URL:-}" ]; then export DATABASE_SERVICE_ROLES="${DATABASE_SERVICE_ROLES:-on}"; fi

echo "==> migrations"
node scripts/run-ts.js scripts/migrate.ts

# Demo seeding is explicit: SEED_DEMO=no skips it (and `npm run seed` refuses with NODE_ENV=production).
if [ "${SEED_DEMO:-yes}" = "yes" ]; then
  echo "==> demo data (Đồng Nai's units, programmes, one account per role; SEED_DEMO=no skips it)"
  node scripts/run-ts.js scripts/seed.ts
fi

echo "==> build"
rm -rf dist
npx tsc -p tsconfig.build.json
npm run --silent build:workflows
npm run --silent build:web

echo "==> starting apps"
exec node scripts/supervise.js
