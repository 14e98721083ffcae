#!/usr/bin/env bash
# Local infrastructure without Docker: PostgreSQL 15, Kafka 3.9 (KRaft), Temporal dev server, maildev,
# and the Java test server that time-skipping workflow tests start themselves (provisioned, not run).
#   bash infra/local/infra.sh up|down|status [piece...]
#   pieces: postgres kafka temporal mail temporal-test-server
# up: starts the pieces in that order (each is idempotent), then runs
#     `node scripts/run-ts.js infra/local/provision.ts` when that file exists.
# down: stops them in reverse order; each piece stops only what this clone's `up` started.
# status: one line per piece; exit code 3 when any piece is down.
# Addresses (env, defaults): DATABASE_URL (set = use that server, start none), KAFKA_BROKERS=127.0.0.1:9092,
# TEMPORAL_ADDRESS=127.0.0.1:7233, TEMPORAL_UI_PORT=8233, SMTP_PORT=1025, MAIL_UI_PORT=8025.
# INFRA_PROFILE=cluster: the same pieces as a cluster, beside the default ones (own ports, data under
# .infra/cluster, own PostgreSQL cluster): postgres-cluster.sh, kafka-cluster.sh, temporal-cluster.sh
# stand in for postgres.sh, kafka.sh, temporal.sh. Addresses: infra/local/profile.sh.
PIECE=infra
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ALL_PIECES=(postgres kafka temporal mail temporal-test-server)
cmd="${1:-}"
shift || true
pieces=("$@")
((${#pieces[@]})) || pieces=("${ALL_PIECES[@]}")
for p in "${pieces[@]}"; do
  [[ " ${ALL_PIECES[*]} " == *" $p "* ]] || { echo "unknown piece '$p' (known: ${ALL_PIECES[*]})" >&2; exit 64; }
done

# the script of a piece in the current profile
piece_script() {
  if [[ "$INFRA_PROFILE" == cluster && " postgres kafka temporal " == *" $1 "* ]]; then
    echo "$ROOT/infra/local/$1-cluster.sh"
  else
    echo "$ROOT/infra/local/$1.sh"
  fi
}
run_piece() { bash "$(piece_script "$1")" "$2"; }

case "$cmd" in
  up)
    t0=$(now_ms)
    for p in "${pieces[@]}"; do
      run_piece "$p" up || { echo "[infra] ERROR: '$p' failed to come up (pieces before it are left running)" >&2; exit 1; }
    done
    if [[ -f "$ROOT/infra/local/provision.ts" && ${#pieces[@]} -eq ${#ALL_PIECES[@]} ]]; then
      log "provisioning: node scripts/run-ts.js infra/local/provision.ts"
      (cd "$ROOT" && KAFKA_BROKERS="$KAFKA_BROKERS" TEMPORAL_ADDRESS="$TEMPORAL_ADDRESS" \
        node scripts/run-ts.js infra/local/provision.ts) || { echo "[infra] ERROR: provisioning failed" >&2; exit 1; }
    fi
    log "all up in $(elapsed_since "$t0")"
    for p in "${pieces[@]}"; do run_piece "$p" status || true; done
    ;;
  down)
    rc=0
    for ((i = ${#pieces[@]} - 1; i >= 0; i--)); do
      run_piece "${pieces[i]}" down || { echo "[infra] ERROR: '${pieces[i]}' failed to stop" >&2; rc=1; }
    done
    exit $rc
    ;;
  status)
    rc=0
    for p in "${pieces[@]}"; do run_piece "$p" status || rc=3; done
    exit $rc
    ;;
  *)
    echo "usage: $0 up|down|status [${ALL_PIECES[*]}]" >&2
    exit 64
    ;;
esac
