#!/usr/bin/env bash
# Compiles, vets and tests the Temporal authorizer with the machine's Go (no CGO, no toolchain download),
# against go.temporal.io/server at the version the local dev server embeds (v1.29.1, see go.mod).
# First run: about a minute (the server's packages compile); then a few seconds from Go's build cache.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-mod=readonly
test -z "$(gofmt -l .)" || { gofmt -l . >&2; echo "gofmt: the files above are not formatted" >&2; exit 1; }
go vet ./...
go test ./...
