#!/usr/bin/env bash
# Gives pcscd 16 virtual card slots instead of vsmartcard-vpcd's 2 (one reader.conf entry, ports 35963-35964), so
# the chain can run up to 16 readers (bench e2e --readers 16). pcscd serves at most 16 readers.
# The driver keeps its slots in globals and pcscd loads a library path once, so each extra entry needs its own copy
# of the driver (glibc loads a copy at another path and inode as a separate object); entry i serves ports
# 35963+2i and 35963+2i+1 and is named after its first port, which is how VpcdReaders maps names to ports.
set -euo pipefail
DRIVER=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
CONF=/etc/reader.conf.d/vpcd-mynagate
ENTRIES=7

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

want=$(mktemp)
trap 'rm -f "$want"' EXIT
changed=0
for i in $(seq 1 $ENTRIES); do
  port=$((35963 + 2 * i))
  copy=${DRIVER%.so}-mynagate-$i.so
  if ! cmp -s "$DRIVER" "$copy"; then
    $SUDO install -m 0644 "$DRIVER" "$copy"
    changed=1
  fi
  printf 'FRIENDLYNAME "Virtual PCD %d"\nDEVICENAME   /dev/null:%d\nLIBPATH      %s\nCHANNELID    %d\n\n' \
    "$port" "$port" "$copy" "$port" >>"$want"
done
if ! cmp -s "$want" "$CONF"; then
  $SUDO install -m 0644 "$want" "$CONF"
  changed=1
fi
if [ $changed = 1 ]; then echo "setup: vpcd configured for 16 slots (ports 35963-35978); a running pcscd is restarted by with-pcscd.sh"; fi
