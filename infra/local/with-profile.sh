#!/usr/bin/env bash
# Runs a command with the addresses of INFRA_PROFILE in its environment (see profile.sh):
#   INFRA_PROFILE=cluster bash infra/local/with-profile.sh node scripts/run-ts.js test/bench/workflow.bench.ts
set -euo pipefail
# shellcheck source=infra/local/profile.sh
source "$(dirname "${BASH_SOURCE[0]}")/profile.sh"
exec "$@"
