#!/usr/bin/env bash
# Stops the smtp-doctor lab started by tests/lab/start.sh.  Idempotent: stopping
# a stopped (or never started) lab succeeds.
#
#   bash tests/lab/stop.sh           stop Postfix and Dovecot, keep $LAB (logs, mail)
#   bash tests/lab/stop.sh --clean   ... and delete $LAB
#
# Only the lab's own daemons are touched: Postfix through `postfix -c $LAB/postfix`
# and processes whose MAIL_CONFIG is that directory, Dovecot through the pid in
# its own base_dir.
set -euo pipefail

LAB="${SMTP_DOCTOR_LAB:-/tmp/smtp-doctor-lab}"
LAB="${LAB%/}"
CLEAN=0
case "${1:-}" in
  "") ;;
  --clean) CLEAN=1 ;;
  -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--clean]" >&2; exit 2 ;;
esac

log() { printf 'lab: %s\n' "$*" >&2; }
die() { printf 'lab: ERROR: %s\n' "$*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || die "must run as root"

PF_CONF="$LAB/postfix"
DC_CONF="$LAB/dovecot/dovecot.conf"
DC_RUN="$LAB/dovecot/run"

# PIDs of processes started by this lab's Postfix (they inherit MAIL_CONFIG).
postfix_pids() {
  local env pid
  for env in /proc/[0-9]*/environ; do
    pid=${env#/proc/}; pid=${pid%/environ}
    [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
    { tr '\0' '\n' <"$env"; } 2>/dev/null | grep -qxF "MAIL_CONFIG=$PF_CONF" && echo "$pid"
  done
  return 0
}

wait_gone() { # wait_gone SECONDS PID... ; returns 1 if any still alive
  local end=$((SECONDS + $1)) p alive; shift
  while :; do
    alive=0
    for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
    (( alive )) || return 0
    (( SECONDS < end )) || return 1
    sleep 0.2
  done
}

# --- Postfix -----------------------------------------------------------------
if [[ -f "$PF_CONF/main.cf" ]] && command -v postfix >/dev/null; then
  if postfix -c "$PF_CONF" status >/dev/null 2>&1; then
    log "stopping postfix ($PF_CONF)"
    postfix -c "$PF_CONF" stop >/dev/null 2>&1 || true
  fi
fi
# master's children (smtpd, qmgr, ...) exit on their own once master is gone;
# give them a moment, then make sure.
mapfile -t pids < <(postfix_pids)
if (( ${#pids[@]} )); then
  if ! wait_gone 5 "${pids[@]}"; then
    log "terminating leftover postfix processes: ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait_gone 3 "${pids[@]}" || kill -KILL "${pids[@]}" 2>/dev/null || true
  fi
fi

# --- Dovecot -------------------------------------------------------------------
pid=$(cat "$DC_RUN/master.pid" 2>/dev/null || true)
if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
   { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$DC_CONF"; then
  log "stopping dovecot (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_gone 10 "$pid"; then
    log "dovecot did not exit, killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone 3 "$pid" || true
  fi
fi

if (( CLEAN )) && [[ -d "$LAB" ]]; then
  # Only delete something that looks like a lab directory.
  if [[ -f "$LAB/lab.env" || -f "$PF_CONF/main.cf" || -f "$DC_CONF" ]] && [[ "$LAB" != "/" ]]; then
    log "removing $LAB"
    rm -rf -- "$LAB"
  else
    die "$LAB does not look like a smtp-doctor lab directory; not removing it"
  fi
fi
log "stopped"
