#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: Debian's own server binaries, a data
# directory and unix socket under DIR, no TCP at all (or loopback only with --loopback PORT for the
# benchmark), trust authentication for this socket only. Owned by the test run: `start` makes it
# from nothing, `stop` removes it. ctest runs these as the fixture of the *_postgres tests.
#
#   pg-test-cluster.sh start DIR [--loopback PORT]   prints the superuser's address
#   pg-test-cluster.sh stop DIR
#
# Inside: role sa_app (login, owns nothing), database sa_test (owned by postgres) with pg_trgm in
# schema public. Each test makes a schema owned by sa_app and works in it as sa_app.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?directory}
port=5432
listen=""
if [ "${3:-}" = "--loopback" ]; then
  port=${4:?port}
  listen=127.0.0.1
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-test-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses='$listen' -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres)
  "${psql[@]}" -d postgres -c "CREATE ROLE sa_app LOGIN" -c "CREATE DATABASE sa_test"
  "${psql[@]}" -d sa_test -c "CREATE EXTENSION pg_trgm" -c "CREATE EXTENSION pageinspect" \
    -c "REVOKE ALL ON DATABASE sa_test FROM PUBLIC" -c "GRANT CONNECT ON DATABASE sa_test TO sa_app"
  echo "postgresql://postgres@/sa_test?host=$dir&port=$port"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "pg-test-cluster: unknown command $cmd" >&2
  exit 2
  ;;
esac
