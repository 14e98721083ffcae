#!/usr/bin/env bash
# Temporal dev server (Temporal CLI v1.5.1 = Server 1.29.1 + UI 2.42.1, SQLite persistence).
#   bash infra/local/temporal.sh up|down|status
# The CLI is built from the Go module proxy once into $CACHE_DIR/bin/temporal (shared by all clones).
# Data: $DATA_DIR/temporal/temporal.db; log: $DATA_DIR/logs/temporal.log; pid: $DATA_DIR/run/temporal.pid.
PIECE=temporal
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

TEMPORAL_CLI_VERSION=1.5.1
TEMPORAL_BIN="$CACHE_DIR/bin/temporal"
BUILD_LOG="$CACHE_DIR/logs/temporal-build.log" # ends with a line "exit N" when a build is done
T_DATA="$DATA_DIR/temporal"
T_LOG="$LOG_DIR/temporal.log"
NAMESPACES=(khuyencong khuyencong-test)
READY_TIMEOUT="${TEMPORAL_READY_TIMEOUT:-90}"

split_hostport "$TEMPORAL_ADDRESS"
T_HOST="$HP_HOST"
T_PORT="$HP_PORT"
UI_URL="http://$T_HOST:$TEMPORAL_UI_PORT"

binary_ok() {
  [[ -x "$TEMPORAL_BIN" ]] && "$TEMPORAL_BIN" --version 2>/dev/null | grep -q "version $TEMPORAL_CLI_VERSION "
}

# A build started elsewhere (same log convention) is still going: log without a final "exit N"
# line that was written to in the last 3 minutes.
other_build_running() {
  [[ -f "$BUILD_LOG" ]] || return 1
  tail -n1 "$BUILD_LOG" | grep -qE '^exit [0-9]+$' && return 1
  (($(date +%s) - $(stat -c %Y "$BUILD_LOG") < 180))
}

ensure_binary() {
  binary_ok && return
  mkdir -p "$CACHE_DIR/bin" "$CACHE_DIR/logs"
  exec 8>"$CACHE_DIR/temporal-build.lock"
  if ! flock -n 8; then
    log "another temporal.sh is building the CLI, waiting for it"
    flock 8
  fi
  if ! binary_ok && other_build_running; then
    log "a Temporal CLI build is already running (log $BUILD_LOG), waiting for it"
    while other_build_running; do sleep 5; done
    log "that build finished: $(tail -n1 "$BUILD_LOG")"
  fi
  if binary_ok; then
    exec 8>&-
    return
  fi
  require_cmd go "Go >= 1.25 is needed to build the Temporal CLI"
  local t0 tmpbin="$CACHE_DIR/bin.tmp.$$"
  log "building Temporal CLI v$TEMPORAL_CLI_VERSION with go install (first run only; several minutes), log $BUILD_LOG"
  t0=$(now_ms)
  rm -rf "$tmpbin"
  mkdir -p "$tmpbin"
  local rc=0
  {
    echo "# $(date -Is) temporal.sh: go install github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION"
    CGO_ENABLED=0 GOTOOLCHAIN=local GOBIN="$tmpbin" GOFLAGS="" go install \
      -ldflags "-s -w -X github.com/temporalio/cli/temporalcli.Version=$TEMPORAL_CLI_VERSION" \
      "github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION" || rc=$?
    echo "exit $rc"
  } >"$BUILD_LOG" 2>&1
  if ((rc != 0)) || [[ ! -x "$tmpbin/temporal" ]]; then
    rm -rf "$tmpbin"
    fail "go install of the Temporal CLI failed" "$BUILD_LOG"
  fi
  mv -f "$tmpbin/temporal" "$TEMPORAL_BIN" # same filesystem: atomic replace
  rm -rf "$tmpbin"
  exec 8>&-
  binary_ok || fail "built binary does not report version $TEMPORAL_CLI_VERSION: $("$TEMPORAL_BIN" --version 2>&1)"
  log "built $("$TEMPORAL_BIN" --version) in $(elapsed_since "$t0")"
}

healthy() {
  "$TEMPORAL_BIN" operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1
}

wait_ready() {
  local pid="$1" deadline
  deadline=$(($(date +%s) + READY_TIMEOUT))
  until healthy; do
    kill -0 "$pid" 2>/dev/null || fail_started temporal "dev server exited during startup (log $T_LOG)" "$T_LOG" 60
    (($(date +%s) < deadline)) || fail_started temporal "cluster health not SERVING after ${READY_TIMEOUT}s (log $T_LOG)" "$T_LOG" 60
    sleep 0.5
  done
  local code=""
  until [[ "$code" == 200 ]]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$UI_URL/" || true)
    [[ "$code" == 200 ]] && break
    (($(date +%s) < deadline)) || fail_started temporal "web UI $UI_URL/ answered HTTP '${code}' instead of 200 (log $T_LOG)" "$T_LOG" 60
    sleep 0.5
  done
}

piece_up() {
  if pid=$(read_pid temporal); then
    log "already running (pid $pid), $TEMPORAL_ADDRESS, UI $UI_URL"
    return
  fi
  ensure_port_free temporal "$T_HOST" "$T_PORT"
  ensure_port_free temporal-ui "$T_HOST" "$TEMPORAL_UI_PORT"
  ensure_binary
  mkdir -p "$T_DATA"
  local args=(server start-dev
    --ip "$T_HOST" --port "$T_PORT" --ui-port "$TEMPORAL_UI_PORT"
    --db-filename "$T_DATA/temporal.db"
    # Write-ahead log, fsync at checkpoints: survives a crash of the server (not of the machine) and
    # lets it take several times more workflow starts per second than the default rollback journal.
    --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal
    --log-level warn
    --dynamic-config-value frontend.enableUpdateWorkflowExecution=true
    --dynamic-config-value frontend.enableUpdateWorkflowExecutionAsyncAccepted=true
    --dynamic-config-value limit.maxIDLength=255)
  local ns
  for ns in "${NAMESPACES[@]}"; do args+=(--namespace "$ns"); done
  local t0
  t0=$(now_ms)
  log "starting dev server on $TEMPORAL_ADDRESS (UI $UI_URL, namespaces ${NAMESPACES[*]}), log $T_LOG"
  rotate_log "$T_LOG"
  start_bg temporal "$T_LOG" "$TEMPORAL_BIN" "${args[@]}"
  wait_ready "$STARTED_PID"
  log "ready in $(elapsed_since "$t0") (pid $STARTED_PID)"
}

piece_down() {
  stop_piece temporal "${TEMPORAL_STOP_TIMEOUT:-30}"
}

piece_status() {
  if pid=$(read_pid temporal); then
    if healthy; then
      status_line temporal up "$TEMPORAL_ADDRESS (ui $UI_URL)"
    else
      status_line temporal sick "$TEMPORAL_ADDRESS (pid $pid alive, cluster health failing; log $T_LOG)"
      return 3
    fi
  else
    local note=""
    port_open "$T_HOST" "$T_PORT" && note=" (port in use by a process not started here)"
    status_line temporal down "$TEMPORAL_ADDRESS$note"
    return 3
  fi
}

main_dispatch "$@"
