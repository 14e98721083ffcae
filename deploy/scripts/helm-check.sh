#!/usr/bin/env bash
# `helm lint` and `helm template` of the charts under deploy/helm (a step of scripts/test.sh; seconds once
# Helm is cached). Also fails when the KafkaTopic list is older than libs/contracts/src/topics.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
HELM="$(bash deploy/scripts/ensure-helm.sh)"
node scripts/run-ts.js deploy/scripts/generate-kafka-topics.ts --check
for chart in deploy/helm/khuyencong-platform deploy/helm/khuyencong; do
  "$HELM" lint --strict --quiet "$chart"
  "$HELM" template kc "$chart" >/dev/null
  echo "helm: $chart lint + template ok"
done
