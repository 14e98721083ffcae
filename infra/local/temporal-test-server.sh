#!/usr/bin/env bash
# Temporal's Java test server for time-skipping workflow tests (@temporalio/testing createTimeSkipping).
#   bash infra/local/temporal-test-server.sh up|down|status
# Nothing runs here: each test environment starts its own server through the wrapper this step writes.
# up: resolves the jars from Maven Central (infra/temporal-test-server/pom.xml) into
#     $CACHE_DIR/temporal-test-server-<version>/libs, records a class-data-sharing archive of the server's
#     start (AppCDS: the JVM start drops from ~0.6 s to ~0.2 s on 2 cores, well inside the SDK's 5-s
#     connect window), and writes the executable $CACHE_DIR/bin/temporal-test-server. Skipped when the
#     jars and the archive were made from this pom with this JVM and the wrapper is current.
# The SDK's own download of the server (a native build from Temporal's site) is unreachable from here.
PIECE=temporal-test-server
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

TEST_SERVER_VERSION=1.38.0 # keep in step with <temporal.java.version> in infra/temporal-test-server/pom.xml
POM="$ROOT/infra/temporal-test-server/pom.xml"
HOME_DIR="$CACHE_DIR/temporal-test-server-$TEST_SERVER_VERSION"
LIBS="$HOME_DIR/libs"
ARCHIVE="$HOME_DIR/app-cds.jsa"
STAMP="$HOME_DIR/stamp" # pom sha256 + JVM version the libs and the archive were made with
WRAPPER="$CACHE_DIR/bin/temporal-test-server"
MAIN=io.temporal.testserver.TestServer
# The recipe's flags for a short-lived server: C1 only and a serial GC start fastest; the log level keeps
# the server's INFO lines out of the test output.
JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)

stamp() { printf '%s %s\n' "$(sha256sum "$POM" | cut -d' ' -f1)" "$("$JAVA" -version 2>&1 | head -1)"; }
classpath() { find "$LIBS" -name '*.jar' | sort | paste -sd: -; }

wrapper_text() {
  local java
  java=$(command -v "$JAVA")
  cat <<EOF
#!/bin/sh
# Written by infra/local/temporal-test-server.sh: Temporal Java test server $TEST_SERVER_VERSION.
# Usage (as @temporalio/testing's existing-path executable calls it): $WRAPPER <port> [--enable-time-skipping]
# The archive was recorded with this very classpath; a JVM that cannot use it just starts without it.
exec "$java" ${JVM_FLAGS[*]} -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -Xlog:cds*=off \\
  -cp "$(classpath)" $MAIN "\$@"
EOF
}

provisioned() {
  [[ -d "$LIBS" && -x "$WRAPPER" && -f "$STAMP" ]] || return 1
  [[ "$(cat "$STAMP")" == "$(stamp)" ]] || return 1
  [[ "$(cat "$WRAPPER")" == "$(wrapper_text)" ]]
}

# Resolve the classpath into a temp dir and rename it, so an interrupted run never leaves a half-filled libs.
resolve_libs() {
  local tmp="$HOME_DIR/libs.tmp.$$" mvn_log="$LOG_DIR/temporal-test-server-resolve.log" t0
  require_cmd mvn "apt-get install maven"
  rm -rf "$HOME_DIR"/libs.tmp.* "$HOME_DIR"/libs.old.*
  log "resolving Temporal test server $TEST_SERVER_VERSION jars from Maven Central into $LIBS (first run only)"
  t0=$(now_ms)
  mvn -B -q -f "$POM" dependency:copy-dependencies -Dtemporal.java.version="$TEST_SERVER_VERSION" \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$mvn_log" 2>&1 ||
    { rm -rf "$tmp"; fail "mvn dependency:copy-dependencies failed" "$mvn_log"; }
  [[ -f "$tmp/temporal-test-server-$TEST_SERVER_VERSION.jar" ]] ||
    { rm -rf "$tmp"; fail "temporal-test-server-$TEST_SERVER_VERSION.jar missing after resolution" "$mvn_log"; }
  compgen -G "$tmp/slf4j-simple-*.jar" >/dev/null || { rm -rf "$tmp"; fail "no SLF4J binding (slf4j-simple) resolved" "$mvn_log"; }
  [[ -d "$LIBS" ]] && mv "$LIBS" "$HOME_DIR/libs.old.$$"
  mv "$tmp" "$LIBS"
  rm -rf "$HOME_DIR/libs.old.$$"
  log "resolved $(find "$LIBS" -name '*.jar' | wc -l) jars ($(du -sh "$LIBS" | cut -f1)) in $(elapsed_since "$t0")"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    port_open 127.0.0.1 "$port" || { echo "$port"; return; }
  done
  fail "no free loopback port found for the class-data-sharing run"
}

# Start the server once with -XX:ArchiveClassesAtExit, wait until it serves, stop it: the JVM writes the
# classes it loaded into the archive as it exits. Only a speed-up: a JVM that cannot write one (no base
# CDS archive, say) leaves the wrapper starting without it, which -Xshare:auto allows silently.
record_archive() {
  local port tmp="$HOME_DIR/app-cds.jsa.tmp.$$" run_log="$LOG_DIR/temporal-test-server-cds.log" pid t0
  port=$(free_port)
  rm -f "$HOME_DIR"/app-cds.jsa.tmp.*
  t0=$(now_ms)
  "$JAVA" "${JVM_FLAGS[@]}" -XX:ArchiveClassesAtExit="$tmp" -cp "$(classpath)" $MAIN "$port" --enable-time-skipping \
    </dev/null >"$run_log" 2>&1 &
  pid=$!
  if ! wait_port 127.0.0.1 "$port" 60 "$pid"; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    fail "the test server did not listen on 127.0.0.1:$port within 60 s" "$run_log"
  fi
  # A gRPC round trip loads the request path too, when the Temporal CLI is already built.
  if [[ -x "$CACHE_DIR/bin/temporal" ]]; then
    "$CACHE_DIR/bin/temporal" operator cluster health --address "127.0.0.1:$port" >>"$run_log" 2>&1 || true
  fi
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  if [[ ! -s "$tmp" ]]; then
    rm -f "$tmp" "$ARCHIVE"
    warn "no class-data-sharing archive written (see $run_log): the server will start without one"
    return
  fi
  mv -f "$tmp" "$ARCHIVE"
  log "recorded the class-data-sharing archive ($(du -h "$ARCHIVE" | cut -f1)) in $(elapsed_since "$t0")"
}

# Start the wrapper like @temporalio/testing does and report how long until the port answers.
measure_start() {
  local port pid t0 ms
  port=$(free_port)
  t0=$(now_ms)
  "$WRAPPER" "$port" --enable-time-skipping </dev/null >/dev/null 2>&1 &
  pid=$!
  wait_port 127.0.0.1 "$port" 30 "$pid" || { kill "$pid" 2>/dev/null; fail "$WRAPPER did not listen on 127.0.0.1:$port within 30 s"; }
  ms=$(($(now_ms) - t0))
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  log "the wrapper's server answers in ${ms} ms"
}

piece_up() {
  if provisioned; then
    log "ready: $WRAPPER (Java test server $TEST_SERVER_VERSION)"
    return
  fi
  require_java
  mkdir -p "$HOME_DIR" "$CACHE_DIR/bin"
  exec 9>"$HOME_DIR/.lock"
  if ! flock -n 9; then
    log "another process is provisioning the test server, waiting for it"
    flock 9
  fi
  if provisioned; then
    exec 9>&-
    log "ready: $WRAPPER (Java test server $TEST_SERVER_VERSION)"
    return
  fi
  local want
  want=$(stamp)
  if [[ ! -d "$LIBS" || ! -f "$STAMP" || "$(cut -d' ' -f1 "$STAMP")" != "${want%% *}" ]]; then
    rm -f "$STAMP"
    resolve_libs
  fi
  rm -f "$STAMP"
  record_archive
  wrapper_text >"$WRAPPER.tmp.$$"
  chmod +x "$WRAPPER.tmp.$$"
  mv -f "$WRAPPER.tmp.$$" "$WRAPPER"
  echo "$want" >"$STAMP"
  exec 9>&-
  measure_start
  log "ready: $WRAPPER (Java test server $TEST_SERVER_VERSION)"
}

piece_down() {
  log "nothing to stop (each time-skipping test environment starts and stops its own server)"
}

piece_status() {
  if provisioned; then
    status_line "$PIECE" ready "$WRAPPER"
  else
    status_line "$PIECE" missing "run: bash infra/local/infra.sh up $PIECE"
    return 3
  fi
}

main_dispatch "$@"
