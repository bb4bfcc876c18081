#!/usr/bin/env bash
# `npm start` on a fresh data directory serves the landing page; killed with SIGKILL (which leaves its
# PostgreSQL running), a second `npm start` still works. Prints how long each start took.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PORT="${SMOKE_PORT:-3200}"
export EMBEDDED_POSTGRES_DIR=.data/smoke-postgres
export EMBEDDED_POSTGRES_PORT="${SMOKE_POSTGRES_PORT:-54333}"
export LOG_LEVEL=info
rm -rf "$EMBEDDED_POSTGRES_DIR"

start_and_wait() {
  local began
  began=$(date +%s.%N)
  npm start > ".data/smoke-$1.log" 2>&1 &
  for _ in $(seq 1 240); do
    if curl -fsS "http://localhost:$PORT/" 2>/dev/null | grep -q 'Record and review patient safety events'; then
      echo "$1 start: landing page served after $(echo "$(date +%s.%N) - $began" | bc | xargs printf '%.1f') s"
      return 0
    fi
    sleep 0.5
  done
  echo "$1 start: no landing page after 120 s" >&2
  cat ".data/smoke-$1.log" >&2
  return 1
}

# This checkout's server only: another copy of the service may be running from another folder.
server_pid() {
  for pid in $(pgrep -f "^node dist/src/server.js"); do
    if [ "$(readlink "/proc/$pid/cwd")" = "$PWD" ]; then echo "$pid"; return; fi
  done
}

mkdir -p .data
start_and_wait first
kill -9 "$(server_pid)"
for _ in $(seq 1 20); do curl -fsS "http://localhost:$PORT/health" > /dev/null 2>&1 || break; sleep 0.25; done
pgrep -f "smoke-postgres" > /dev/null && echo "PostgreSQL was left running by the killed server, as expected"
start_and_wait second
grep -q 'Stopping a PostgreSQL server left running' .data/smoke-second.log
echo "The second start stopped the PostgreSQL left running, then started its own"
kill -TERM "$(server_pid)"
for _ in $(seq 1 40); do pgrep -f "smoke-postgres" > /dev/null || break; sleep 0.25; done
if pgrep -f "smoke-postgres" > /dev/null; then
  echo "PostgreSQL still running after SIGTERM" >&2
  exit 1
fi
echo "SIGTERM stopped the service and its PostgreSQL"
