#!/usr/bin/env bash
# The one test command (README): dependencies, local infrastructure, lint, typecheck, unit,
# integration and browser end-to-end tests, then a single closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh

bash infra/local/infra.sh up || { echo "infrastructure failed to start"; exit 1; }

results=$(mktemp -d)
status=0
failed_steps=()
step() { echo; echo "==> $*"; }

step "lint (ESLint + Nx module boundaries)"
# The boundaries rule reads the cached project graph and silently skips itself without one.
NX_DAEMON=false npx nx show projects >/dev/null || { status=1; failed_steps+=("project graph"); }
NX_DAEMON=false npx eslint --max-warnings 0 . || { status=1; failed_steps+=("lint"); }
npx prettier --check --log-level warn "**/*.{ts,tsx,js,mjs}" || { status=1; failed_steps+=("format (npm run format fixes it)"); }

step "typecheck"
npx tsc -p tsconfig.json --noEmit || { status=1; failed_steps+=("typecheck"); }
npx tsc -p apps/web/tsconfig.json --noEmit || { status=1; failed_steps+=("typecheck (web)"); }

step "helm lint + template (deploy/helm; Helm is built once into the machine's cache)"
bash deploy/scripts/helm-check.sh || { status=1; failed_steps+=("helm"); }

step "unit tests"
npx jest --selectProjects unit --ci --json --outputFile="$results/unit.json" || status=1

step "integration tests (real PostgreSQL, Kafka, Temporal, SMTP)"
npx jest --selectProjects integration --ci --runInBand --json --outputFile="$results/integration.json" || status=1

step "web build (Vite; prints the first page's gzipped JavaScript)"
npm run --silent build:web || { status=1; failed_steps+=("web build"); }

step "browser end-to-end tests (headless Chromium, real gateway and services)"
# Fresh machines may lack Chromium: install Debian's package (needs root, which CI and this machine kind run as).
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium || { status=1; failed_steps+=("install chromium"); }
fi
npx jest --selectProjects e2e --ci --runInBand --json --outputFile="$results/e2e.json" || status=1

# Lint and typecheck failures count in the closing line too, so it never reads "0 failed" on a red run.
((${#failed_steps[@]})) && echo "failed steps: ${failed_steps[*]}"
EXTRA_FAILURES=${#failed_steps[@]} node scripts/summarize-tests.js "$results/unit.json" "$results/integration.json" "$results/e2e.json"
rm -rf "$results"
exit $status
