#!/usr/bin/env bash
# The cluster profile's Temporal: the real server 1.29.1 (the version the CLI v1.5.1 of temporal.sh embeds),
# on the profile's PostgreSQL (databases temporal and temporal_visibility, SQL advanced visibility so the
# Kc* search attributes work), as separate processes: frontend, TEMPORAL_HISTORY_PROCESSES history
# processes (default 2, sharing TEMPORAL_HISTORY_SHARDS shards), matching and worker. They find each other
# through the cluster_membership table. The Temporal UI is the ui-server 2.42.1 (the one the CLI embeds),
# built from Go like the server, pointed at the frontend.
#   INFRA_PROFILE=cluster bash infra/local/temporal-cluster.sh up|down|status
# Binaries: $CACHE_DIR/bin/temporal-server-1.29.1, temporal-sql-tool-1.29.1, temporal-ui-server-2.42.1.
# Config: $DATA_DIR/temporal/<process>/cluster.yaml; logs $LOG_DIR/temporal-<process>.log.
PIECE=temporal-cluster
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SERVER_VERSION=1.29.1
UI_VERSION=2.42.1
BIN="$CACHE_DIR/bin"
SERVER_BIN="$BIN/temporal-server-$SERVER_VERSION"
SQL_TOOL_BIN="$BIN/temporal-sql-tool-$SERVER_VERSION"
UI_BIN="$BIN/temporal-ui-server-$UI_VERSION"
CLI_BIN="$BIN/temporal" # the CLI of temporal.sh: namespaces and health checks
T_DATA="$DATA_DIR/temporal"
NAMESPACES=(khuyencong khuyencong-test)
# fixed when the databases are first set up: changing it later needs new databases (down, rm -r .infra/cluster/pg)
SHARDS="${TEMPORAL_HISTORY_SHARDS:-16}"
HISTORY_PROCESSES="${TEMPORAL_HISTORY_PROCESSES:-2}"
PG_PORT="${POSTGRES_PORT:-15432}"
READY_TIMEOUT="${TEMPORAL_READY_TIMEOUT:-120}"
WITH_UI="${TEMPORAL_CLUSTER_UI:-yes}" # no: run the server without its web UI
# the connections of each process to each database: 5 processes must fit in the profile's PostgreSQL
MAX_CONNS="${TEMPORAL_SQL_MAX_CONNS:-10}"

split_hostport "$TEMPORAL_ADDRESS"
T_HOST="$HP_HOST"
T_PORT="$HP_PORT"
UI_URL="http://$T_HOST:$TEMPORAL_UI_PORT"

# gRPC port of each process, from the frontend's; the membership port is 1000 below its gRPC port
grpc_port() {
  case "$1" in
    frontend) echo "$T_PORT" ;;
    matching) echo $((T_PORT + 2)) ;;
    worker) echo $((T_PORT + 6)) ;;
    history-*) echo $((T_PORT + 10 + ${1#history-})) ;;
  esac
}
processes() {
  local i out=(frontend)
  for ((i = 1; i <= HISTORY_PROCESSES; i++)); do out+=("history-$i"); done
  echo "${out[@]}" matching worker
}

# ---------------------------------------------------------------- binaries (go install, cached)
build_module() { # MODULE@VERSION OUT_NAME
  local tmp="$BIN/build.$$.$2" rc=0
  mkdir -p "$tmp" "$CACHE_DIR/logs"
  log "building $1 with go install (first run only; many minutes on 2 cores), log $CACHE_DIR/logs/$2.build.log"
  CGO_ENABLED=0 GOTOOLCHAIN=local GOBIN="$tmp" GOFLAGS="" nice -n 19 go install -ldflags "-s -w" "$1" \
    >"$CACHE_DIR/logs/$2.build.log" 2>&1 || rc=$?
  local built
  built=$(find "$tmp" -maxdepth 1 -type f | head -1)
  if ((rc != 0)) || [[ -z "$built" ]]; then
    rm -rf "$tmp"
    fail "go install $1 failed" "$CACHE_DIR/logs/$2.build.log"
  fi
  mv -f "$built" "$BIN/$2"
  rm -rf "$tmp"
}

ensure_binaries() {
  [[ -x "$SERVER_BIN" && -x "$SQL_TOOL_BIN" && (-x "$UI_BIN" || "$WITH_UI" == no) && -x "$CLI_BIN" ]] && return
  require_cmd go "Go >= 1.25 is needed to build the Temporal server"
  [[ -x "$CLI_BIN" ]] || fail "the Temporal CLI is built by the default profile's temporal.sh: run 'bash infra/local/infra.sh up temporal' once"
  exec 8>"$CACHE_DIR/temporal-server-build.lock"
  flock 8
  [[ -x "$SERVER_BIN" ]] || build_module "go.temporal.io/server/cmd/server@v$SERVER_VERSION" "temporal-server-$SERVER_VERSION"
  [[ -x "$SQL_TOOL_BIN" ]] || build_module "go.temporal.io/server/cmd/tools/sql@v$SERVER_VERSION" "temporal-sql-tool-$SERVER_VERSION"
  [[ -x "$UI_BIN" || "$WITH_UI" == no ]] || build_module "github.com/temporalio/ui-server/v2/cmd/server@v$UI_VERSION" "temporal-ui-server-$UI_VERSION"
  exec 8>&-
}

# ---------------------------------------------------------------- schema
sql_tool() { # DB ARGS...
  local db="$1"
  shift
  "$SQL_TOOL_BIN" --ep "$T_HOST" -p "$PG_PORT" -u temporal --pw temporal --pl postgres12 --db "$db" "$@"
}

ensure_schema() {
  local db schema
  for db in temporal temporal_visibility; do
    schema=postgresql/v12/temporal
    [[ "$db" == temporal_visibility ]] && schema=postgresql/v12/visibility
    {
      sql_tool "$db" create-database 2>&1 | grep -v 'already exists' || true
      # version 0.0 once (versioning tables), then every versioned step up to the binary's schema
      sql_tool "$db" setup-schema -v 0.0 2>&1 || true
      sql_tool "$db" update-schema --schema-name "$schema"
    } >>"$LOG_DIR/temporal-schema.log" 2>&1 || fail "schema of $db failed" "$LOG_DIR/temporal-schema.log"
  done
}

# ---------------------------------------------------------------- config
datastore() { # NAME DB
  cat <<YAML
    $1:
      sql:
        pluginName: postgres12
        databaseName: $2
        connectAddr: "$T_HOST:$PG_PORT"
        connectProtocol: tcp
        user: temporal
        password: temporal
        maxConns: $MAX_CONNS
        maxIdleConns: $MAX_CONNS
        maxConnLifetime: 1h
YAML
}

# render_config PROCESS: the server's static config for one process (its service gets its own ports)
render_config() {
  local p="$1" svc="${1%%-*}" dir="$T_DATA/$1"
  mkdir -p "$dir"
  {
    cat <<YAML
log:
  stdout: true
  level: warn
persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: $SHARDS
  datastores:
YAML
    datastore default temporal
    datastore visibility temporal_visibility
    cat <<YAML
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "$T_HOST"
services:
YAML
    # every service is listed (the membership monitor tracks the services of the config); this process
    # binds only its own, and a history process lists its own ports as "history"
    local other own
    for other in frontend history matching worker; do
      own="$other"
      [[ "$other" == history ]] && own=history-1
      [[ "$other" == "$svc" ]] && own="$p"
      echo "  $other:"
      echo "    rpc:"
      echo "      grpcPort: $(grpc_port "$own")"
      echo "      membershipPort: $(($(grpc_port "$own") - 1000))"
      echo "      bindOnIP: \"$T_HOST\""
      [[ "$other" == frontend ]] && echo "      httpPort: $((T_PORT + 10))"
    done
    cat <<YAML
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: "$TEMPORAL_ADDRESS"
dcRedirectionPolicy:
  policy: noop
publicClient:
  hostPort: "$TEMPORAL_ADDRESS"
dynamicConfigClient:
  filepath: "$T_DATA/dynamicconfig.yaml"
  pollInterval: 10s
YAML
  } >"$dir/cluster.yaml"
}

render_dynamic_config() {
  mkdir -p "$T_DATA"
  # the dev server's settings in temporal.sh, so both profiles behave alike
  cat >"$T_DATA/dynamicconfig.yaml" <<'YAML'
limit.maxIDLength:
  - value: 255
frontend.enableUpdateWorkflowExecution:
  - value: true
frontend.enableUpdateWorkflowExecutionAsyncAccepted:
  - value: true
YAML
}

render_ui_config() {
  mkdir -p "$T_DATA/ui"
  cat >"$T_DATA/ui/cluster.yaml" <<YAML
temporalGrpcAddress: "$TEMPORAL_ADDRESS"
host: "$T_HOST"
port: $TEMPORAL_UI_PORT
enableUi: true
defaultNamespace: khuyencong
refreshInterval: 1m
cors:
  allowOrigins: ["$UI_URL"]
YAML
}

# ---------------------------------------------------------------- processes
start_process() {
  local p="$1" log="$LOG_DIR/temporal-$1.log"
  is_running "temporal-$p" && return
  ensure_port_free "temporal-$p" "$T_HOST" "$(grpc_port "$p")"
  render_config "$p"
  rotate_log "$log"
  start_bg "temporal-$p" "$log" "$SERVER_BIN" --root "$T_DATA/$p" --config . --env cluster --allow-no-auth \
    start --service "${p%%-*}"
  log "$p starting on $T_HOST:$(grpc_port "$p"), log $log"
}

start_ui() {
  is_running temporal-ui && return
  ensure_port_free temporal-ui "$T_HOST" "$TEMPORAL_UI_PORT"
  render_ui_config
  rotate_log "$LOG_DIR/temporal-ui.log"
  start_bg temporal-ui "$LOG_DIR/temporal-ui.log" "$UI_BIN" --root "$T_DATA/ui" --config . --env cluster start
}

healthy() { "$CLI_BIN" operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; }

wait_ready() {
  local deadline p
  deadline=$(($(date +%s) + READY_TIMEOUT))
  until healthy; do
    for p in $(processes); do
      is_running "temporal-$p" || fail "$p exited during startup" "$LOG_DIR/temporal-$p.log" 60
    done
    (($(date +%s) < deadline)) || fail "frontend not SERVING after ${READY_TIMEOUT}s" "$LOG_DIR/temporal-frontend.log" 60
    sleep 1
  done
}

ensure_namespaces() {
  local ns
  for ns in "${NAMESPACES[@]}"; do
    "$CLI_BIN" operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$ns" >/dev/null 2>&1 && continue
    # right after start the frontend may not see every history process yet: retry a little
    local try
    for try in 1 2 3 4 5 6 7 8 9 10; do
      "$CLI_BIN" operator namespace create --address "$TEMPORAL_ADDRESS" -n "$ns" --retention 72h \
        >>"$LOG_DIR/temporal-namespaces.log" 2>&1 && break
      ((try < 10)) || fail "could not create namespace $ns" "$LOG_DIR/temporal-namespaces.log"
      sleep 2
    done
    log "namespace $ns created"
  done
}

piece_up() {
  ensure_binaries
  local t0 p
  t0=$(now_ms)
  ensure_schema
  render_dynamic_config
  for p in $(processes); do start_process "$p"; done
  wait_ready
  ensure_namespaces
  if [[ "$WITH_UI" != no ]]; then
    start_ui
    wait_port "$T_HOST" "$TEMPORAL_UI_PORT" 30 || fail "UI not answering on $UI_URL" "$LOG_DIR/temporal-ui.log"
  fi
  log "ready in $(elapsed_since "$t0"): $(processes) on $TEMPORAL_ADDRESS, $SHARDS shards, UI $UI_URL"
}

piece_down() {
  local p
  stop_pid temporal-ui 10 || true
  for p in worker matching $(processes | tr ' ' '\n' | grep history) frontend; do
    if stop_pid "temporal-$p" "${TEMPORAL_STOP_TIMEOUT:-30}"; then log "$p stopped"; else log "$p not running"; fi
  done
}

piece_status() {
  local p rc=0 any=no
  for p in $(processes) ui; do
    if is_running "temporal-$p"; then
      any=yes
      status_line "temporal-$p" up "$T_HOST:$( [[ $p == ui ]] && echo "$TEMPORAL_UI_PORT" || grpc_port "$p")"
    else
      status_line "temporal-$p" down ""
      rc=3
    fi
  done
  # "sick": some processes run but the frontend does not answer (all down is just down)
  [[ "$any" == no ]] || healthy || { status_line temporal sick "$TEMPORAL_ADDRESS: cluster health failing"; rc=3; }
  return $rc
}

main_dispatch "$@"
