#!/usr/bin/env bash
# Runs a command with a private PostgreSQL server (Debian's postgresql-15, installed when missing) in a fresh
# temporary cluster on 127.0.0.1:55432, and exports its connection string as MYNAGATE_TEST_POSTGRES for the store
# tests. The cluster is throw-away (trust authentication on loopback, fsync off) and is removed afterwards.
set -euo pipefail
PORT=${MYNAGATE_TEST_POSTGRES_PORT:-55432}
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "with-postgres: installing postgresql-15"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# initdb refuses to run as root; the package's postgres account owns the cluster then
AS=()
DATA=$(mktemp -d /tmp/mynagate-pg.XXXXXX)
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$DATA"
  AS=(runuser -u postgres --)
fi
cleanup() {
  "${AS[@]}" "$BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

"${AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
  -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
export MYNAGATE_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"

set +e
"$@"
rc=$?
set -e
exit $rc
