#!/usr/bin/env bash
# Prints the path of a Helm binary at $HELM_VERSION, building it once with `go install` into the machine's
# cache ($CACHE_DIR/bin/helm-v<version>, shared by every clone), as infra/local/temporal.sh does for the
# Temporal CLI. No download from get.helm.sh: only the Go module proxy, which this machine can reach.
#   HELM=$(bash deploy/scripts/ensure-helm.sh)
set -euo pipefail
HELM_VERSION="${HELM_VERSION:-3.22.0}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/khuyencong"
HELM_BIN="$CACHE_DIR/bin/helm-v$HELM_VERSION"
BUILD_LOG="$CACHE_DIR/logs/helm-build.log"

binary_ok() { [[ -x "$HELM_BIN" ]] && "$HELM_BIN" version --template '{{.Version}}' 2>/dev/null | grep -qx "v$HELM_VERSION"; }

if ! binary_ok; then
  mkdir -p "$CACHE_DIR/bin" "$CACHE_DIR/logs"
  # one build at a time on the machine; a second caller waits for it and reuses the result
  exec 8>"$CACHE_DIR/helm-build.lock"
  flock 8
  if ! binary_ok; then
    command -v go >/dev/null || { echo "ensure-helm: Go is needed to build Helm v$HELM_VERSION" >&2; exit 1; }
    echo "ensure-helm: building Helm v$HELM_VERSION with go install (first run only; a few minutes), log $BUILD_LOG" >&2
    tmpbin="$CACHE_DIR/bin.helm.$$"
    rm -rf "$tmpbin" && mkdir -p "$tmpbin"
    rc=0
    {
      echo "# $(date -Is) go install helm.sh/helm/v3/cmd/helm@v$HELM_VERSION"
      CGO_ENABLED=0 GOTOOLCHAIN=local GOBIN="$tmpbin" GOFLAGS="" go install \
        -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=v$HELM_VERSION" \
        "helm.sh/helm/v3/cmd/helm@v$HELM_VERSION" || rc=$?
      echo "exit $rc"
    } >"$BUILD_LOG" 2>&1
    if ((rc != 0)) || [[ ! -x "$tmpbin/helm" ]]; then
      rm -rf "$tmpbin"
      echo "ensure-helm: go install failed, see $BUILD_LOG" >&2
      tail -n 20 "$BUILD_LOG" >&2
      exit 1
    fi
    mv -f "$tmpbin/helm" "$HELM_BIN"
    rm -rf "$tmpbin"
  fi
  exec 8>&-
  binary_ok || { echo "ensure-helm: $HELM_BIN does not report v$HELM_VERSION" >&2; exit 1; }
fi
echo "$HELM_BIN"
