#!/usr/bin/env bash
# Installs whatever is missing on a fresh machine: pnpm (the pinned version), the workspace's
# dependencies and, with --browser (the test suite's set-up), Debian's Chromium for the browser tests and
# the machine's PostgreSQL and Redis running. Cheap when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi

# better-sqlite3 compiles from source here; node-gyp must find Node's headers locally (no downloads).
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile --reporter=silent

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium for the browser tests"
  SUDO=""
  [ "$(id -u)" != "0" ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# The test suite (--browser) also needs the PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) of this kind
# of machine for the PostgreSQL store and the tests of several instances: start each one that is installed
# and stopped, with the machine's own command. `npm start` needs neither (SQLite, one instance).
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { for _ in $(seq 1 50); do answers "$1" && return 0; sleep 0.2; done; }
if [ "${1:-}" = "--browser" ]; then
  if ! answers 5432 && command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "setup: starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    wait_for 5432
  fi
  if ! answers 6379 && command -v redis-server >/dev/null 2>&1; then
    echo "setup: starting Redis"
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log
    wait_for 6379
  fi
fi
