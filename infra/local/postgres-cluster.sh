#!/usr/bin/env bash
# The cluster profile's own PostgreSQL 15: a private cluster (initdb + pg_ctl as the postgres user) on
# POSTGRES_PORT (15432), data in $DATA_DIR/pg. It never touches the system cluster on 5432, which the
# default profile uses. It holds the apps' databases (khuyencong, khuyencong_test) and Temporal's
# (temporal, temporal_visibility), with room for the connections of two replicas of every app and
# five Temporal processes.
#   INFRA_PROFILE=cluster bash infra/local/postgres-cluster.sh up|down|status
PIECE=postgres
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=/usr/lib/postgresql/15/bin
PG_HOST=127.0.0.1
PG_PORT="${POSTGRES_PORT:-15432}"
PG_DIR="$DATA_DIR/pg"
PG_LOG="$LOG_DIR/postgres.log"
APP_ROLE=khuyencong
TEMPORAL_ROLE=temporal
APP_DATABASES=(khuyencong khuyencong_test)
# one login role per service, as postgres.sh makes them: the apps connect as <schema>_svc
# (DATABASE_SERVICE_ROLES=on, profile.sh) and the migrations, run as the owner, grant each its schema
SERVICE_SCHEMAS=(applications appraisals ocop notifications operations gateway)
# synchronous_commit stays on (as in production); POSTGRES_SYNCHRONOUS_COMMIT=off trades the last
# commits of a crash for speed (measured in docs/operations/capacity.md).
PG_OPTS="-p $PG_PORT -k $PG_DIR/sock -c listen_addresses=$PG_HOST -c max_connections=${POSTGRES_MAX_CONNECTIONS:-400} -c shared_buffers=256MB -c synchronous_commit=${POSTGRES_SYNCHRONOUS_COMMIT:-on}"

as_postgres() { runuser -u postgres -- "$@"; }
running() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; }
psql_su() { as_postgres psql -X -q -h "$PG_DIR/sock" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

ensure_initdb() {
  [[ -f "$PG_DIR/data/PG_VERSION" ]] && return
  [[ $EUID -eq 0 ]] || fail "the cluster profile's PostgreSQL is created as root (initdb runs as the postgres user)"
  log "initdb $PG_DIR/data"
  mkdir -p "$PG_DIR/sock"
  chown -R postgres:postgres "$PG_DIR"
  # trust on the socket (the superuser), passwords over TCP (the apps and Temporal)
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --auth-local=trust \
    --auth-host=scram-sha-256 >"$LOG_DIR/postgres-initdb.log" 2>&1 || fail "initdb failed" "$LOG_DIR/postgres-initdb.log"
}

ensure_roles_and_dbs() {
  psql_su <<SQL >/dev/null || fail "could not create roles/databases" "$PG_LOG"
SELECT 'CREATE ROLE $APP_ROLE LOGIN CREATEDB' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$APP_ROLE') \gexec
ALTER ROLE $APP_ROLE WITH LOGIN CREATEDB PASSWORD '$APP_ROLE';
SELECT 'CREATE ROLE $TEMPORAL_ROLE LOGIN CREATEDB' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$TEMPORAL_ROLE') \gexec
ALTER ROLE $TEMPORAL_ROLE WITH LOGIN CREATEDB PASSWORD '$TEMPORAL_ROLE';
SQL
  local schema
  for schema in "${SERVICE_SCHEMAS[@]}"; do
    psql_su <<SQL >/dev/null || fail "could not create role ${schema}_svc" "$PG_LOG"
SELECT 'CREATE ROLE ${schema}_svc LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${schema}_svc') \gexec
ALTER ROLE ${schema}_svc WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${schema}_svc';
SQL
  done
  local db
  for db in "${APP_DATABASES[@]}"; do
    psql_su <<<"SELECT 'CREATE DATABASE $db OWNER $APP_ROLE TEMPLATE template0 ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db') \gexec" >/dev/null ||
      fail "could not create database $db" "$PG_LOG"
  done
}

piece_up() {
  if running; then
    log "already running, postgresql://$PG_HOST:$PG_PORT"
  else
    ensure_port_free postgres "$PG_HOST" "$PG_PORT"
    ensure_initdb
    local t0
    t0=$(now_ms)
    touch "$PG_LOG" && chown postgres "$PG_LOG"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_LOG" -o "$PG_OPTS" -w -t 60 start >/dev/null ||
      fail "pg_ctl start failed" "$PG_LOG"
    log "started on $PG_HOST:$PG_PORT in $(elapsed_since "$t0")"
  fi
  ensure_roles_and_dbs
}

piece_down() {
  if running; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null && log "stopped"
  else
    log "not running"
  fi
}

piece_status() {
  if running && pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2; then
    status_line postgres up "postgresql://$PG_HOST:$PG_PORT (cluster profile, $PG_DIR)"
  else
    status_line postgres down "postgresql://$PG_HOST:$PG_PORT"
    return 3
  fi
}

main_dispatch "$@"
