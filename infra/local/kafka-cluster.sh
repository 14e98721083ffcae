#!/usr/bin/env bash
# The cluster profile's Kafka: three KRaft nodes on loopback (each broker+controller, static quorum of
# three voters), from the same Maven Central jars as kafka.sh. Topics get replication factor 3 and
# min.insync.replicas 2 (broker defaults here, and ensureTopics reads KAFKA_REPLICATION_FACTOR), so one
# broker can die while producers with acks=all keep writing.
#   INFRA_PROFILE=cluster bash infra/local/kafka-cluster.sh up|down|status
# Broker i (1..3): KAFKA_BROKERS' i-th address, controller on KAFKA_CONTROLLER_PORTS' i-th port,
# data $DATA_DIR/kafka-i, log $LOG_DIR/kafka-i.log, pid $RUN_DIR/kafka-i.pid.
# shellcheck source=infra/local/kafka.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka.sh"
PIECE=kafka-cluster

IFS=, read -r -a BROKERS <<<"$KAFKA_BROKERS"
IFS=, read -r -a CONTROLLER_PORTS <<<"${KAFKA_CONTROLLER_PORTS:?set by profile.sh}"
((${#BROKERS[@]} == 3 && ${#CONTROLLER_PORTS[@]} == 3)) || fail "three brokers and three controller ports expected"
# three JVMs on a small machine: smaller heaps and fewer threads than the single broker
KAFKA_HEAP_OPTS="${KAFKA_CLUSTER_HEAP_OPTS:--Xms256m -Xmx512m}"
CLUSTER_ID_FILE="$DATA_DIR/kafka-cluster-id"

voters() {
  local i out=()
  for i in 0 1 2; do
    split_hostport "${BROKERS[i]}"
    out+=("$((i + 1))@$HP_HOST:${CONTROLLER_PORTS[i]}")
  done
  local IFS=,
  echo "${out[*]}"
}

# render_node I: server.properties of node I (1-based) = the single-node template + cluster overrides
# (a later key wins in a .properties file)
render_node() {
  local i=$1 dir="$DATA_DIR/kafka-$1"
  split_hostport "${BROKERS[i - 1]}"
  mkdir -p "$dir/data"
  {
    sed -e "s#@HOST@#$HP_HOST#g" -e "s#@PORT@#$HP_PORT#g" -e "s#@CONTROLLER_PORT@#${CONTROLLER_PORTS[i - 1]}#g" \
      -e "s#@LOG_DIRS@#$dir/data#g" "$ROOT/infra/kafka/server.properties.template"
    cat <<PROPS

# ---- cluster profile (infra/local/kafka-cluster.sh)
node.id=$i
controller.quorum.voters=$(voters)
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
auto.create.topics.enable=false
num.network.threads=2
num.io.threads=2
PROPS
  } >"$dir/server.properties"
  cp "$ROOT/infra/kafka/log4j.properties.template" "$dir/log4j.properties"
}

format_node() {
  local dir="$DATA_DIR/kafka-$1"
  [[ -f "$dir/data/meta.properties" ]] && return
  [[ -f "$CLUSTER_ID_FILE" ]] || head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$CLUSTER_ID_FILE"
  "$JAVA" -Xmx256m -Dlog4j.configuration="file:$dir/log4j.properties" -cp "$LIBS/*" kafka.tools.StorageTool format \
    -t "$(cat "$CLUSTER_ID_FILE")" -c "$dir/server.properties" --ignore-formatted >"$LOG_DIR/kafka-$1-format.log" 2>&1 ||
    fail "kafka-storage format of node $1 failed" "$LOG_DIR/kafka-$1-format.log"
}

start_node() {
  local i=$1 dir="$DATA_DIR/kafka-$1" log="$LOG_DIR/kafka-$1.log"
  if is_running "kafka-$i"; then return; fi
  split_hostport "${BROKERS[i - 1]}"
  ensure_port_free "kafka-$i" "$HP_HOST" "$HP_PORT"
  ensure_port_free "kafka-$i-controller" "$HP_HOST" "${CONTROLLER_PORTS[i - 1]}"
  render_node "$i"
  format_node "$i"
  rotate_log "$log"
  # shellcheck disable=SC2086
  start_bg "kafka-$i" "$log" "$JAVA" $KAFKA_HEAP_OPTS $KAFKA_JVM_OPTS \
    -Dlog4j.configuration="file:$dir/log4j.properties" -Dkafka.logs.dir="$LOG_DIR" \
    -cp "$LIBS/*" kafka.Kafka "$dir/server.properties"
  log "node $i starting on ${BROKERS[i - 1]} (controller ${CONTROLLER_PORTS[i - 1]}), log $log"
}

wait_node() {
  local i=$1 log="$LOG_DIR/kafka-$1.log" pid deadline
  deadline=$(($(date +%s) + READY_TIMEOUT))
  until grep -q 'Kafka Server started' "$log"; do
    pid=$(read_pid "kafka-$i") || fail "node $i exited during startup (log $log)" "$log" 60
    (($(date +%s) < deadline)) || fail "node $i: no 'Kafka Server started' after ${READY_TIMEOUT}s (log $log)" "$log" 60
    sleep 0.5
  done
}

piece_up() {
  require_java
  ensure_libs
  local t0 i
  t0=$(now_ms)
  # all three at once: the controllers need a majority of voters to elect a leader
  for i in 1 2 3; do start_node "$i"; done
  for i in 1 2 3; do wait_node "$i"; done
  node "$ROOT/infra/local/wait-kafka.js" "$KAFKA_BROKERS" "$READY_TIMEOUT" >"$LOG_DIR/kafka-wait.log" 2>&1 ||
    fail "kafkajs admin round trip failed" "$LOG_DIR/kafka-wait.log"
  log "three brokers ready in $(elapsed_since "$t0"): $KAFKA_BROKERS"
}

piece_down() {
  local i pid running=" "
  # all three at once: a node left alone has no quorum and hangs in its controlled shutdown
  for i in 1 2 3; do
    pid=$(read_pid "kafka-$i") || continue
    running+="$i "
    kill -TERM "$pid" 2>/dev/null || true
  done
  # wait for each (SIGKILL after the timeout); a node that exited already is stopped all the same
  for i in 3 2 1; do
    stop_pid "kafka-$i" "${KAFKA_STOP_TIMEOUT:-60}" || true
    if [[ "$running" == *" $i "* ]]; then log "node $i stopped"; else log "node $i not running"; fi
  done
}

piece_status() {
  local i rc=0
  for i in 1 2 3; do
    split_hostport "${BROKERS[i - 1]}"
    if is_running "kafka-$i" && port_open "$HP_HOST" "$HP_PORT"; then
      status_line "kafka-$i" up "${BROKERS[i - 1]}"
    else
      status_line "kafka-$i" down "${BROKERS[i - 1]}"
      rc=3
    fi
  done
  return $rc
}

main_dispatch "$@"
