#!/usr/bin/env bash
# Runs a command with a pcscd that has the vpcd driver loaded. Uses the running one when its vpcd port listens;
# otherwise starts its own pcscd and stops it afterwards.
set -euo pipefail
STATE=${MYNAGATE_STATE:-.state}
mkdir -p "$STATE"

vpcd_listening() {
  # 8C7B = 35963, state 0A = LISTEN; read /proc instead of connecting, since a connection to vpcd is a card insert
  grep -qiE '^ *[0-9]+: [0-9A-F]+:8C7B [0-9A-F]+:0000 0A' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

pcscd_running() {
  for comm in /proc/[0-9]*/comm; do
    if [ "$(cat "$comm" 2>/dev/null)" = pcscd ]; then return 0; fi
  done
  return 1
}

OWN_PID=""
if ! vpcd_listening; then
  if pcscd_running; then
    echo "with-pcscd: a pcscd is running without the vpcd driver (installed after it started?); restart it: pkill pcscd" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO /usr/sbin/pcscd --foreground >"$STATE/pcscd.log" 2>&1 &
  OWN_PID=$!
  trap 'kill "$OWN_PID" 2>/dev/null || true; wait "$OWN_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    if vpcd_listening; then break; fi
    sleep 0.1
  done
  if ! vpcd_listening; then
    echo "with-pcscd: pcscd started but vpcd does not listen on 35963; see $STATE/pcscd.log" >&2
    exit 1
  fi
fi

set +e
"$@"
rc=$?
set -e
exit $rc
