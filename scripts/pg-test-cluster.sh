#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests' PostgreSQL pass (scripts/test.mjs, .ci/run).
#
#   eval "$(bash scripts/pg-test-cluster.sh start)"   # exports TEST_DATABASE_URL and PG_TEST_DIR
#   bash scripts/pg-test-cluster.sh stop "$PG_TEST_DIR"
#
# Uses the server binaries already on the machine (pg_ctl on PATH, or Debian's /usr/lib/postgresql/*/bin);
# with none, installs Debian's `postgresql` with apt when running as root. PostgreSQL refuses to run as
# root, so as root the cluster belongs to the `postgres` user (created by the package; else a system user
# `pgtest` is created). The cluster lives in a temporary directory, listens on a free port of 127.0.0.1
# only, trusts local connections, and runs without fsync: it holds nothing but test schemas.
set -euo pipefail

log() { echo "[pg] $*" >&2; }

find_bin() {
  local d
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then
    echo "$d"
    return 0
  fi
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  if ! bin=$(find_bin); then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      log "no PostgreSQL server binaries, and cannot apt-get install as $(id -un)"
      return 1
    fi
    log "apt-get install postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends postgresql >&2
    bin=$(find_bin) || { log "postgresql installed but no pg_ctl found"; return 1; }
  fi
  OWNER=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    OWNER=postgres
    if ! id postgres >/dev/null 2>&1; then
      OWNER=pgtest
      id pgtest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin pgtest
    fi
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/clearinghouse-pg-XXXXXX")
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$OWNER" "$dir"
  port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  log "$("$bin/postgres" --version) in $dir, port $port, owner $OWNER"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 || {
    cat "$dir/server.log" >&2
    return 1
  }
  echo "$bin" >"$dir/bin"
  echo "$OWNER" >"$dir/owner"
  echo "export PG_TEST_DIR='$dir'"
  echo "export TEST_DATABASE_URL='postgres://postgres@127.0.0.1:$port/postgres'"
}

stop() {
  local dir=${1:-${PG_TEST_DIR:-}}
  [ -n "$dir" ] && [ -f "$dir/bin" ] || return 0
  OWNER=$(cat "$dir/owner")
  # Quiet: this runs after the test summary, which must stay the last line.
  as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
