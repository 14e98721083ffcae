#!/usr/bin/env bash
# Local SMTP catcher: maildev 2.2.0 (devDependency of the repo), SMTP and web UI on loopback.
#   bash infra/local/mail.sh up|down|status
# Caught mail: GET http://127.0.0.1:$MAIL_UI_PORT/email (JSON). Stored in $DATA_DIR/mail.
PIECE=mail
# shellcheck source=infra/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MAILDEV="$ROOT/node_modules/.bin/maildev"
MAIL_HOST=127.0.0.1
M_LOG="$LOG_DIR/mail.log"
M_DATA="$DATA_DIR/mail"
UI_URL="http://$MAIL_HOST:$MAIL_UI_PORT"
READY_TIMEOUT="${MAIL_READY_TIMEOUT:-30}"

# The whole answer is read: piping it into `head -c1` made curl die of SIGPIPE (pipefail) once the
# caught mail outgrew a pipe buffer, and a mailbox full of test mail then never looked ready.
api_ok() {
  local body
  body=$(curl -sf --max-time 10 "$UI_URL/email" 2>/dev/null) && [[ $body == \[* ]]
}

piece_up() {
  if pid=$(read_pid mail); then
    log "already running (pid $pid), smtp://$MAIL_HOST:$SMTP_PORT, UI $UI_URL"
    return
  fi
  [[ -x "$MAILDEV" ]] || fail "$MAILDEV not found: run 'npm install' in $ROOT first (maildev is a devDependency)"
  ensure_port_free mail-smtp "$MAIL_HOST" "$SMTP_PORT"
  ensure_port_free mail-ui "$MAIL_HOST" "$MAIL_UI_PORT"
  mkdir -p "$M_DATA"
  local t0
  t0=$(now_ms)
  log "starting maildev (smtp $MAIL_HOST:$SMTP_PORT, UI $UI_URL), log $M_LOG"
  rotate_log "$M_LOG"
  local version launcher=(node "$MAILDEV")
  version=$(node -p 'require(process.argv[1]).version' "$ROOT/node_modules/maildev/package.json")
  if [[ "$version" == 2.2.0 ]]; then
    # maildev 2.2.0 crashes as soon as SMTP listens ("ReferenceError: host is not defined",
    # lib/mailserver.js:249; fixed in 2.2.1, its only change in lib/). Define the global it reads.
    warn "maildev 2.2.0 has a startup crash fixed in 2.2.1 (pin \"maildev\": \"2.2.1\"); applying a workaround"
    launcher=(node -e 'globalThis.host = undefined; process.argv.splice(1, 0, process.env.MAILDEV_BIN); require(process.env.MAILDEV_BIN)' --)
  fi
  MAILDEV_BIN="$(readlink -f "$MAILDEV")" start_bg mail "$M_LOG" "${launcher[@]}" --smtp "$SMTP_PORT" --web "$MAIL_UI_PORT" \
    --ip "$MAIL_HOST" --web-ip "$MAIL_HOST" --mail-directory "$M_DATA"
  local pid=$STARTED_PID rc=0
  wait_port "$MAIL_HOST" "$SMTP_PORT" "$READY_TIMEOUT" "$pid" || rc=$?
  ((rc == 0)) || fail_started mail "SMTP port $MAIL_HOST:$SMTP_PORT not answering ($([[ $rc == 2 ]] && echo 'maildev exited' || echo timeout))" "$M_LOG"
  local deadline=$(($(date +%s) + READY_TIMEOUT))
  until api_ok; do
    kill -0 "$pid" 2>/dev/null || fail_started mail "maildev exited during startup (log $M_LOG)" "$M_LOG"
    (($(date +%s) < deadline)) || fail_started mail "$UI_URL/email did not answer JSON (log $M_LOG)" "$M_LOG"
    sleep 0.3
  done
  log "ready in $(elapsed_since "$t0") (pid $pid)"
}

piece_down() {
  stop_piece mail "${MAIL_STOP_TIMEOUT:-15}"
}

piece_status() {
  if pid=$(read_pid mail); then
    if port_open "$MAIL_HOST" "$SMTP_PORT"; then
      status_line mail up "smtp://$MAIL_HOST:$SMTP_PORT (ui $UI_URL)"
    else
      status_line mail sick "smtp://$MAIL_HOST:$SMTP_PORT (pid $pid alive, port not answering; log $M_LOG)"
      return 3
    fi
  else
    local note=""
    port_open "$MAIL_HOST" "$SMTP_PORT" && note=" (port in use by a process not started here)"
    status_line mail down "smtp://$MAIL_HOST:$SMTP_PORT$note"
    return 3
  fi
}

main_dispatch "$@"
