#!/usr/bin/env bash
# PostgreSQL 15 from Debian packages (cluster 15/main), started without systemd.
#   bash infra/local/postgres.sh up|down|status
# If DATABASE_URL is set by the caller, that server is used as is: nothing is installed,
# started or stopped, `up` only checks that it answers.
# Role khuyencong (password khuyencong, CREATEDB) owns the databases khuyencong and khuyencong_test, their
# schemas, and runs the migrations. Each service connects as its own role <schema>_svc (password: its name,
# development only), which may read and write the rows of its own schema only (DATABASE_SERVICE_ROLES=on;
# the grants are libs/persistence/src/service-role.ts, re-applied by every migration run).
PIECE=postgres
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_VERSION=15
PG_CLUSTER=main
PG_BIN="/usr/lib/postgresql/$PG_VERSION/bin"
PG_HOST=127.0.0.1
PG_PORT="${POSTGRES_PORT:-5432}"
PG_USER=khuyencong
PG_PASSWORD=khuyencong
PG_DATABASES=(khuyencong khuyencong_test)
SERVICE_SCHEMAS=(applications appraisals ocop notifications operations gateway)
PG_LOG="/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log"
MARKER="$RUN_DIR/postgres.started-by-infra" # "<postmaster pid> <starttime>" of the server we started

EXTERNAL_URL="${DATABASE_URL:-}"

redact_url() { sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$1"; }
local_url() { echo "postgresql://$PG_HOST:$PG_PORT/khuyencong"; }

cluster_exists() { [[ -f "/etc/postgresql/$PG_VERSION/$PG_CLUSTER/postgresql.conf" ]]; }
cluster_running() { pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; }
cluster_datadir() { pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null | awk '{print $6}'; }
cluster_port() { pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null | awk '{print $3}'; }
postmaster_id() { # "<pid> <starttime>" of the running postmaster
  local dir pid
  dir=$(cluster_datadir) && [[ -f "$dir/postmaster.pid" ]] || return 1
  pid=$(head -1 "$dir/postmaster.pid")
  echo "$pid $(proc_starttime "$pid")"
}

# run SQL as the postgres superuser over the local socket (peer auth)
as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then
    "$@"
  elif [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres -- "$@"
  fi
}
psql_su() { as_postgres psql -X -q -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 "$@"; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; else sudo -n -- "$@"; fi
}

ensure_installed() {
  if [[ -x "$PG_BIN/postgres" ]] && command -v pg_ctlcluster >/dev/null && [[ -x "$PG_BIN/psql" || -x /usr/bin/psql ]]; then
    return
  fi
  log "PostgreSQL $PG_VERSION not installed: apt-get install postgresql-$PG_VERSION postgresql-client-$PG_VERSION"
  local t0 apt_log="$LOG_DIR/postgres-apt.log"
  t0=$(now_ms)
  {
    as_root apt-get update &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "postgresql-$PG_VERSION" "postgresql-client-$PG_VERSION"
  } >"$apt_log" 2>&1 || fail "apt-get install failed" "$apt_log"
  log "installed in $(elapsed_since "$t0")"
}

ensure_cluster() {
  cluster_exists && return
  log "creating cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
  as_root pg_createcluster --port "$PG_PORT" "$PG_VERSION" "$PG_CLUSTER" >"$LOG_DIR/postgres-createcluster.log" 2>&1 ||
    fail "pg_createcluster failed" "$LOG_DIR/postgres-createcluster.log"
}

ensure_role_and_dbs() {
  psql_su -v role="$PG_USER" -v pw="$PG_PASSWORD" <<'SQL' || fail "could not create role/databases" "$PG_LOG"
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'role', :'pw') \gexec
SQL
  local db
  for db in "${PG_DATABASES[@]}"; do
    psql_su -v db="$db" -v role="$PG_USER" <<'SQL' || fail "could not create database $db" "$PG_LOG"
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'role', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'role') \gexec
SQL
  done
  # the check from the brief: password login over TCP as the app role
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d khuyencong_test \
    -tAc 'select 1' >/dev/null 2>"$LOG_DIR/postgres-check.log" ||
    fail "password login as $PG_USER@$PG_HOST:$PG_PORT/khuyencong_test failed" "$LOG_DIR/postgres-check.log"
  log "role $PG_USER and databases ${PG_DATABASES[*]} ok"
}

# one login role per service, and its rights on its schema in every database where the schema exists already
# (new schemas and tables get them from the migrations, which run as the owner)
ensure_service_roles() {
  local schema role db
  for schema in "${SERVICE_SCHEMAS[@]}"; do
    role="${schema}_svc"
    psql_su -v role="$role" <<'SQL' || fail "could not create role $role" "$PG_LOG"
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'role', :'role') \gexec
SQL
    for db in "${PG_DATABASES[@]}"; do
      as_postgres psql -X -q -p "$PG_PORT" -d "$db" -v ON_ERROR_STOP=1 -v s="$schema" -v r="$role" -v o="$PG_USER" <<'SQL' ||
SELECT format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', :'s', :'r') FROM pg_namespace WHERE nspname = :'s' \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', :'s', :'r') FROM pg_namespace WHERE nspname = :'s' \gexec
SELECT format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', :'s', :'r') FROM pg_namespace WHERE nspname = :'s' \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', :'o', :'s', :'r') FROM pg_namespace WHERE nspname = :'s' \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', :'o', :'s', :'r') FROM pg_namespace WHERE nspname = :'s' \gexec
SQL
        fail "could not grant $role its rights on $db.$schema" "$PG_LOG"
    done
  done
  log "service roles ${SERVICE_SCHEMAS[*]/%/_svc} ok"
}

external_check() {
  require_cmd psql "apt-get install postgresql-client-$PG_VERSION"
  PGCONNECT_TIMEOUT=5 psql -X -q "$EXTERNAL_URL" -tAc 'select 1' >/dev/null 2>"$LOG_DIR/postgres-check.log"
}

piece_up() {
  if [[ -n "$EXTERNAL_URL" ]]; then
    log "DATABASE_URL is set: using $(redact_url "$EXTERNAL_URL"), not starting a local server"
    external_check || fail "cannot connect to DATABASE_URL" "$LOG_DIR/postgres-check.log"
    log "external server answers"
    return
  fi
  ensure_installed
  ensure_cluster
  local port
  port=$(cluster_port)
  [[ "$port" == "$PG_PORT" ]] || fail "cluster $PG_VERSION/$PG_CLUSTER is configured for port $port, expected $PG_PORT (POSTGRES_PORT)"

  if cluster_running; then
    if [[ -f "$MARKER" ]] && [[ "$(cat "$MARKER")" == "$(postmaster_id)" ]]; then
      log "already running (started by infra.sh), $(local_url)"
    else
      rm -f "$MARKER"
      log "already running (started outside this script: 'down' will leave it alone), $(local_url)"
    fi
  else
    log "starting cluster $PG_VERSION/$PG_CLUSTER (pg_ctlcluster, no systemd)"
    local t0
    t0=$(now_ms)
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >"$LOG_DIR/postgres-start.log" 2>&1 ||
      { cat "$LOG_DIR/postgres-start.log" >&2; fail "pg_ctlcluster start failed" "$PG_LOG"; }
    postmaster_id >"$MARKER" || fail "postmaster.pid not found after start" "$PG_LOG"
    log "started in $(elapsed_since "$t0")"
  fi

  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 30 || fail "pg_isready: server not accepting connections on $PG_HOST:$PG_PORT" "$PG_LOG"
  ensure_role_and_dbs
  ensure_service_roles
}

piece_down() {
  if [[ -n "$EXTERNAL_URL" ]]; then
    log "DATABASE_URL is set: external server, nothing to stop"
    return
  fi
  if [[ ! -f "$MARKER" ]]; then
    if cluster_exists && cluster_running; then
      log "running, but not started by infra.sh: leaving it alone"
    else
      log "not running"
    fi
    return
  fi
  if cluster_running && [[ "$(cat "$MARKER")" == "$(postmaster_id)" ]]; then
    log "stopping cluster $PG_VERSION/$PG_CLUSTER (started by infra.sh)"
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast >"$LOG_DIR/postgres-stop.log" 2>&1 ||
      fail "pg_ctlcluster stop failed" "$LOG_DIR/postgres-stop.log"
    log "stopped"
  else
    log "the server infra.sh started is gone (restarted or stopped by someone else): leaving it alone"
  fi
  rm -f "$MARKER"
}

piece_status() {
  if [[ -n "$EXTERNAL_URL" ]]; then
    if external_check; then
      status_line postgres up "$(redact_url "$EXTERNAL_URL") (external)"
    else
      status_line postgres down "$(redact_url "$EXTERNAL_URL") (external)"
      return 3
    fi
    return
  fi
  if command -v pg_isready >/dev/null && pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2; then
    local note=""
    [[ -f "$MARKER" ]] || note=" (not started by infra.sh)"
    status_line postgres up "$(local_url)$note"
  else
    status_line postgres down "$(local_url)"
    return 3
  fi
}

main_dispatch "$@"
