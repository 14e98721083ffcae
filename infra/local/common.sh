# shellcheck shell=bash
# Shared helpers for infra/local/*.sh. Source it; do not run it.
#
#   ROOT       repository root (derived from this file's location)
#   CACHE_DIR  tools, jars and binaries, shared by every clone on the machine
#              (${XDG_CACHE_HOME:-$HOME/.cache}/khuyencong)
#   DATA_DIR   $ROOT/.infra (git-ignored): data, logs, pid files of this clone ($ROOT/.infra/<profile>
#              for a profile other than the default, see profile.sh)
#
# Processes started here are tracked by pid file only. A pid file holds "<pid> <starttime>"
# (starttime = field 22 of /proc/<pid>/stat), so a recycled pid is never mistaken for ours.
# Nothing is ever killed by name.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=infra/local/profile.sh
source "$ROOT/infra/local/profile.sh"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/khuyencong"
# a profile other than the default keeps its data, logs and pid files apart: .infra/<profile>
DATA_DIR="$ROOT/.infra"
[[ "$INFRA_PROFILE" == default ]] || DATA_DIR="$ROOT/.infra/$INFRA_PROFILE"
RUN_DIR="$DATA_DIR/run"
LOG_DIR="$DATA_DIR/logs"
mkdir -p "$CACHE_DIR" "$RUN_DIR" "$LOG_DIR"

# Addresses (loopback only). DATABASE_URL is handled in postgres.sh.
KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:7233}"
TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
SMTP_PORT="${SMTP_PORT:-1025}"
MAIL_UI_PORT="${MAIL_UI_PORT:-8025}"

PIECE="${PIECE:-infra}"

# ---------------------------------------------------------------- output
log() { printf '[%s] %s\n' "$PIECE" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$PIECE" "$*" >&2; }

# fail MESSAGE [LOGFILE [LINES]]: print the message and the tail of the log, exit 1
fail() {
  local msg="$1" logfile="${2:-}" lines="${3:-40}"
  printf '[%s] ERROR: %s\n' "$PIECE" "$msg" >&2
  if [[ -n "$logfile" && -f "$logfile" ]]; then
    printf '[%s] ---- last %s lines of %s ----\n' "$PIECE" "$lines" "$logfile" >&2
    tail -n "$lines" "$logfile" >&2 || true
    printf '[%s] ---- end of %s ----\n' "$PIECE" "$logfile" >&2
  fi
  exit 1
}

# fail_started NAME MESSAGE LOGFILE [LINES]: a process we just started did not become ready:
# keep the log tail as it was, stop that process (so the next `up` retries cleanly), then fail.
fail_started() {
  local name="$1" msg="$2" logfile="$3" lines="${4:-40}" snap
  snap="$LOG_DIR/$name.startup-failure.log"
  tail -n "$lines" "$logfile" >"$snap" 2>/dev/null || true
  stop_pid "$name" 10 >/dev/null 2>&1 || rm -f "$(pid_file "$name")"
  fail "$msg" "$snap" "$lines"
}

# status_line NAME STATE DETAIL  ->  "kafka      up    127.0.0.1:9092"
status_line() { printf '%-20s %-7s %s\n' "$1" "$2" "${3:-}"; }

# seconds since the epoch with millisecond precision, and a formatter for elapsed time
now_ms() { date +%s%3N; }
elapsed_since() { local s=$1 e; e=$(now_ms); printf '%d.%01ds' $(((e - s) / 1000)) $((((e - s) % 1000) / 100)); }

require_cmd() {
  local cmd="$1" hint="${2:-}"
  command -v "$cmd" >/dev/null 2>&1 || fail "'$cmd' not found on PATH${hint:+ ($hint)}"
}

# The JVM the Java pieces run on (Kafka, the Temporal test server): $JAVA_HOME's, else the one on PATH.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
require_java() {
  command -v "$JAVA" >/dev/null 2>&1 || fail "java not found (Java >= 17 needed; apt-get install openjdk-17-jre-headless)"
  local v
  v=$("$JAVA" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1)
  [[ -n "$v" && "$v" -ge 17 ]] || fail "Java >= 17 needed, found: $("$JAVA" -version 2>&1 | head -1)"
}

# ---------------------------------------------------------------- addresses
# split_hostport "host:port" -> sets HP_HOST and HP_PORT
split_hostport() {
  local hp="$1"
  HP_HOST="${hp%:*}"
  HP_PORT="${hp##*:}"
  [[ "$HP_HOST" != "$hp" && "$HP_PORT" =~ ^[0-9]+$ ]] || fail "bad host:port '$hp'"
}

# port_open HOST PORT: 0 if something accepts TCP connections there
port_open() {
  # shellcheck disable=SC2016 # $1/$2 expand in the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# wait_port HOST PORT TIMEOUT_S [PID]: wait until the port accepts connections.
# With PID, give up early if that process exits.
wait_port() {
  local host="$1" port="$2" timeout_s="$3" pid="${4:-}" deadline
  deadline=$(($(date +%s) + timeout_s))
  until port_open "$host" "$port"; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    (($(date +%s) < deadline)) || return 1
    sleep 0.3
  done
}

# ---------------------------------------------------------------- pid files
pid_file() { echo "$RUN_DIR/$1.pid"; }

proc_starttime() { # PID -> starttime in clock ticks since boot (field 22 of /proc/PID/stat)
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat="${stat##*) }" # drop "pid (comm) ", comm may contain spaces
  # remaining fields start at field 3 (state), so starttime (field 22) is $20 here
  # shellcheck disable=SC2086 # split on purpose
  set -- $stat
  echo "${20}"
}

# read_pid NAME -> prints the recorded pid if that very process is still alive
read_pid() {
  local f pid start cur
  f=$(pid_file "$1")
  [[ -f "$f" ]] || return 1
  read -r pid start <"$f" || true
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -n "${start:-}" ]]; then
    cur=$(proc_starttime "$pid") || return 1
    [[ "$cur" == "$start" ]] || return 1 # pid was recycled by another process
  fi
  echo "$pid"
}

is_running() { read_pid "$1" >/dev/null; }

# rotate_log FILE: keep the previous run's log as FILE.1, start a new one
rotate_log() {
  [[ -f "$1" ]] && mv -f "$1" "$1.1"
  : >"$1"
}

# start_bg NAME LOGFILE CMD [ARGS...]: start CMD detached (own session, stdin from /dev/null,
# stdout+stderr appended to LOGFILE, immune to SIGHUP) and record its pid.
start_bg() {
  local name="$1" logfile="$2" pid start
  shift 2
  # No job control in a script, so the background child is not a process-group leader and
  # setsid(1) calls setsid() in place (no fork): $! is the server's own pid after the execs.
  nohup setsid "$@" </dev/null >>"$logfile" 2>&1 &
  pid=$!
  start=""
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    start=$(proc_starttime "$pid" 2>/dev/null) && break
    sleep 0.05
  done
  echo "$pid ${start}" >"$(pid_file "$name")"
  # shellcheck disable=SC2034 # read by the piece scripts
  STARTED_PID=$pid
}

# stop_pid NAME [TIMEOUT_S]: SIGTERM exactly the recorded pid, wait, SIGKILL after the timeout.
stop_pid() {
  local name="$1" timeout_s="${2:-30}" pid deadline
  if ! pid=$(read_pid "$name"); then
    rm -f "$(pid_file "$name")"
    return 1 # was not running
  fi
  log "stopping pid $pid (SIGTERM, up to ${timeout_s}s)"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(($(date +%s) + timeout_s))
  while kill -0 "$pid" 2>/dev/null; do
    if (($(date +%s) >= deadline)); then
      warn "pid $pid still alive after ${timeout_s}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$(pid_file "$name")"
  return 0
}

# ensure_port_free NAME HOST PORT: refuse to start when someone else holds the port
ensure_port_free() {
  if port_open "$2" "$3"; then
    local who=""
    command -v ss >/dev/null 2>&1 && who=$(ss -ltnpH "sport = :$3" 2>/dev/null | sed -n 's/.*users:(\(.*\))/\1/p' | head -1)
    fail "$1: port $2:$3 is already in use by a process this script did not start${who:+ ($who)}; stop it or choose another port"
  fi
}

# main_dispatch up|down|status: calls piece_up / piece_down / piece_status
main_dispatch() {
  local cmd="${1:-}"
  case "$cmd" in
    up) piece_up ;;
    down) piece_down ;;
    status) piece_status ;;
    *)
      echo "usage: $0 up|down|status" >&2
      exit 64
      ;;
  esac
}

# stop_piece NAME TIMEOUT: every piece's `down`: stop the process this clone started, if any.
stop_piece() {
  if stop_pid "$1" "$2"; then
    log "stopped"
  else
    log "not running"
  fi
}
