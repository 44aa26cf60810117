#!/usr/bin/env bash
# Runs a command with a pcscd that has the vpcd driver loaded. Uses the running one when its vpcd port listens;
# otherwise starts its own pcscd and stops it afterwards.
set -euo pipefail
STATE=${MYNAGATE_STATE:-.state}
mkdir -p "$STATE"

port_listening() {
  # state 0A = LISTEN; read /proc instead of connecting, since a connection to vpcd is a card insert
  grep -qiE "^ *[0-9]+: [0-9A-F]+:$1 [0-9A-F]+:0000 0A" /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# 8C7B = 35963, the first slot; 8C8A = 35978, the last of the 16 that scripts/vpcd-slots.sh configures
vpcd_listening() {
  port_listening 8C7B && { [ ! -f /etc/reader.conf.d/vpcd-mynagate ] || port_listening 8C8A; }
}

pcscd_running() {
  for comm in /proc/[0-9]*/comm; do
    if [ "$(cat "$comm" 2>/dev/null)" = pcscd ]; then return 0; fi
  done
  return 1
}

OWN_PID=""
if ! vpcd_listening; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  if pcscd_running; then
    # started before vpcd or its extra slots were configured: it reads reader.conf.d only at start
    echo "with-pcscd: restarting pcscd to load the vpcd slots" >&2
    $SUDO pkill -x pcscd || true
    for _ in $(seq 1 50); do
      if ! pcscd_running; then break; fi
      sleep 0.1
    done
  fi
  $SUDO /usr/sbin/pcscd --foreground >"$STATE/pcscd.log" 2>&1 &
  OWN_PID=$!
  # the pcscd fault tests may have replaced ours with a daemon of their own: stop whichever runs
  trap 'kill "$OWN_PID" 2>/dev/null || true; wait "$OWN_PID" 2>/dev/null || true; $SUDO pkill -x pcscd 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    if vpcd_listening; then break; fi
    sleep 0.1
  done
  if ! vpcd_listening; then
    echo "with-pcscd: pcscd started but the vpcd slots (35963-35978) do not all listen; see $STATE/pcscd.log" >&2
    exit 1
  fi
fi

set +e
"$@"
rc=$?
set -e
exit $rc
