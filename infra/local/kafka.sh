#!/usr/bin/env bash
# Single-node Kafka (KRaft, combined broker+controller, static quorum) from Maven Central jars.
#   bash infra/local/kafka.sh up|down|status
# Jars: $CACHE_DIR/kafka-<version>/libs (resolved once per pom.xml content, shared by all clones).
# Data, config, log and pid: $DATA_DIR/kafka, $DATA_DIR/logs/kafka.log, $DATA_DIR/run/kafka.pid.
PIECE=kafka
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KAFKA_VERSION=3.9.1 # keep in step with <kafka.version> in infra/kafka/pom.xml
POM="$ROOT/infra/kafka/pom.xml"
KAFKA_HOME="$CACHE_DIR/kafka-$KAFKA_VERSION"
LIBS="$KAFKA_HOME/libs"
K_DATA="$DATA_DIR/kafka"
K_LOG="$LOG_DIR/kafka.log"
K_PROPS="$K_DATA/server.properties"
K_LOG4J="$K_DATA/log4j.properties"
READY_TIMEOUT="${KAFKA_READY_TIMEOUT:-120}"

# The first broker of KAFKA_BROKERS is the one we run.
split_hostport "${KAFKA_BROKERS%%,*}"
K_HOST="$HP_HOST"
K_PORT="$HP_PORT"

KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms512m -Xmx1g}"
# Kafka's own defaults from bin/kafka-run-class.sh (KAFKA_JVM_PERFORMANCE_OPTS)
KAFKA_JVM_OPTS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true"

pom_sum() { sha256sum "$POM" | cut -d' ' -f1; }

# Resolve the broker classpath once per pom content; atomic (temp dir + rename) and locked, so an
# interrupted or concurrent run never leaves or sees a half-filled libs dir.
ensure_libs() {
  local sum
  sum=$(pom_sum)
  if [[ -d "$LIBS" && -f "$KAFKA_HOME/pom.sha256" && "$(cat "$KAFKA_HOME/pom.sha256")" == "$sum" ]]; then
    return
  fi
  require_cmd mvn "apt-get install maven"
  mkdir -p "$KAFKA_HOME"
  exec 9>"$KAFKA_HOME/.lock"
  if ! flock -n 9; then
    log "another process is resolving the Kafka jars, waiting for it"
    flock 9
  fi
  if [[ -d "$LIBS" && -f "$KAFKA_HOME/pom.sha256" && "$(cat "$KAFKA_HOME/pom.sha256")" == "$sum" ]]; then
    exec 9>&-
    return
  fi
  local tmp="$KAFKA_HOME/libs.tmp.$$" mvn_log="$LOG_DIR/kafka-resolve.log" t0
  rm -rf "$KAFKA_HOME"/libs.tmp.* "$KAFKA_HOME"/libs.old.*
  log "resolving Kafka $KAFKA_VERSION jars from Maven Central into $LIBS (first run only)"
  t0=$(now_ms)
  mvn -B -q -f "$POM" dependency:copy-dependencies -Dkafka.version="$KAFKA_VERSION" \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$mvn_log" 2>&1 ||
    { rm -rf "$tmp"; fail "mvn dependency:copy-dependencies failed" "$mvn_log"; }
  [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] || { rm -rf "$tmp"; fail "kafka_2.13-$KAFKA_VERSION.jar missing after resolution" "$mvn_log"; }
  compgen -G "$tmp/slf4j-reload4j-*.jar" >/dev/null || { rm -rf "$tmp"; fail "no SLF4J binding (slf4j-reload4j) resolved" "$mvn_log"; }
  if compgen -G "$tmp/logback-*.jar" >/dev/null; then rm -rf "$tmp"; fail "logback was resolved: two SLF4J bindings" "$mvn_log"; fi
  [[ -d "$LIBS" ]] && mv "$LIBS" "$KAFKA_HOME/libs.old.$$"
  mv "$tmp" "$LIBS"
  echo "$sum" >"$KAFKA_HOME/pom.sha256"
  rm -rf "$KAFKA_HOME/libs.old.$$"
  exec 9>&-
  log "resolved $(find "$LIBS" -name '*.jar' | wc -l) jars ($(du -sh "$LIBS" | cut -f1)) in $(elapsed_since "$t0")"
}

render_config() {
  mkdir -p "$K_DATA/data"
  sed -e "s#@HOST@#$K_HOST#g" -e "s#@PORT@#$K_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    -e "s#@LOG_DIRS@#$K_DATA/data#g" "$ROOT/infra/kafka/server.properties.template" >"$K_PROPS.tmp"
  mv "$K_PROPS.tmp" "$K_PROPS"
  cp "$ROOT/infra/kafka/log4j.properties.template" "$K_LOG4J"
}

format_storage() {
  [[ -f "$K_DATA/data/meta.properties" ]] && return # already formatted (format is idempotent anyway)
  local cid
  if [[ ! -f "$K_DATA/cluster-id" ]]; then
    # a random 16-byte UUID in Kafka's base64url form (22 chars, no padding)
    head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$K_DATA/cluster-id"
  fi
  cid=$(cat "$K_DATA/cluster-id")
  log "formatting storage $K_DATA/data (cluster id $cid)"
  "$JAVA" -Xmx256m -Dlog4j.configuration="file:$K_LOG4J" -cp "$LIBS/*" kafka.tools.StorageTool format \
    -t "$cid" -c "$K_PROPS" --ignore-formatted >"$LOG_DIR/kafka-format.log" 2>&1 ||
    fail "kafka-storage format failed" "$LOG_DIR/kafka-format.log"
}

wait_ready() {
  local pid="$1" deadline
  deadline=$(($(date +%s) + READY_TIMEOUT))
  until grep -q 'Kafka Server started' "$K_LOG"; do
    kill -0 "$pid" 2>/dev/null || fail_started kafka "broker exited during startup (log $K_LOG)" "$K_LOG" 60
    (($(date +%s) < deadline)) || fail_started kafka "no 'Kafka Server started' after ${READY_TIMEOUT}s (log $K_LOG)" "$K_LOG" 60
    sleep 0.3
  done
  if [[ -d "$ROOT/node_modules/kafkajs" ]]; then
    node "$ROOT/infra/local/wait-kafka.js" "$KAFKA_BROKERS" "$((deadline - $(date +%s) + 5))" >"$LOG_DIR/kafka-wait.log" 2>&1 ||
      fail_started kafka "kafkajs admin round trip failed (broker log $K_LOG)" "$LOG_DIR/kafka-wait.log"
  else
    warn "node_modules/kafkajs missing (run npm install): readiness checked by TCP port only"
    wait_port "$K_HOST" "$K_PORT" 30 "$pid" || fail_started kafka "port $K_HOST:$K_PORT not answering" "$K_LOG"
  fi
}

piece_up() {
  if pid=$(read_pid kafka); then
    log "already running (pid $pid), $KAFKA_BROKERS"
    return
  fi
  ensure_port_free kafka "$K_HOST" "$K_PORT"
  ensure_port_free kafka-controller "$K_HOST" "$KAFKA_CONTROLLER_PORT"
  require_java
  ensure_libs
  render_config
  format_storage
  local t0
  t0=$(now_ms)
  log "starting broker on $K_HOST:$K_PORT (controller $K_HOST:$KAFKA_CONTROLLER_PORT), log $K_LOG"
  rotate_log "$K_LOG"
  # shellcheck disable=SC2086
  start_bg kafka "$K_LOG" "$JAVA" $KAFKA_HEAP_OPTS $KAFKA_JVM_OPTS \
    -Dlog4j.configuration="file:$K_LOG4J" -Dkafka.logs.dir="$LOG_DIR" \
    -cp "$LIBS/*" kafka.Kafka "$K_PROPS"
  wait_ready "$STARTED_PID"
  log "ready in $(elapsed_since "$t0") (pid $STARTED_PID)"
}

piece_down() {
  stop_piece kafka "${KAFKA_STOP_TIMEOUT:-60}"
}

piece_status() {
  if pid=$(read_pid kafka); then
    if port_open "$K_HOST" "$K_PORT"; then
      status_line kafka up "$KAFKA_BROKERS"
    else
      status_line kafka sick "$KAFKA_BROKERS (pid $pid alive, port not answering; log $K_LOG)"
      return 3
    fi
  else
    local note=""
    port_open "$K_HOST" "$K_PORT" && note=" (port in use by a process not started here)"
    status_line kafka down "$KAFKA_BROKERS$note"
    return 3
  fi
}

# sourced by kafka-cluster.sh for ensure_libs and the JVM settings: dispatch only when run
[[ "${BASH_SOURCE[0]}" != "$0" ]] || main_dispatch "$@"
