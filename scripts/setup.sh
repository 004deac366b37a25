#!/usr/bin/env bash
# Installs whatever is missing on a fresh machine: pnpm (the pinned version), the workspace's
# dependencies and, with --browser, Debian's Chromium for the browser tests; starts the machine's
# PostgreSQL (for the PostgreSQL store's tests) when it is installed but not running. Cheap when all is there.
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

# The PostgreSQL store's tests use the PostgreSQL on 127.0.0.1:5432 (DATABASE_URL); start it if it is
# installed and stopped, with the machine's own command.
postgres_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ! postgres_answers && command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "setup: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 50); do postgres_answers && break; sleep 0.2; done
fi
