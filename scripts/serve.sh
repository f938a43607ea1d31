#!/usr/bin/env bash
# Runs `bin/kg serve` in the background for `make up` and stops it for `make down`.
#   scripts/serve.sh start|stop|status     (pid and log in tmp/, HOST and PORT as for the API)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pid_file="$root/tmp/api.pid"
log_file="$root/tmp/api.log"
url="http://${HOST:-127.0.0.1}:${PORT:-3000}"
[ "${HOST:-}" = "0.0.0.0" ] && url="http://127.0.0.1:${PORT:-3000}"

running_pid() {
  local pid
  pid="$(cat "$pid_file" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

answers() { curl -fs -o /dev/null --max-time 2 "$url/health"; }

start() {
  local pid
  pid="$(running_pid)"
  if [ -n "$pid" ]; then
    echo "API already running (pid $pid) at $url" >&2
    return 0
  fi
  if curl -s -o /dev/null --max-time 2 "$url"; then
    echo "serve.sh: something else already answers at $url; stop it or set PORT" >&2
    return 1
  fi
  mkdir -p "$root/tmp"
  : >"$log_file"
  # setsid: the server keeps running after this shell and its terminal are gone.
  setsid nohup "$root/bin/kg" serve >>"$log_file" 2>&1 </dev/null &
  echo $! >"$pid_file"
  for _ in $(seq 1 240); do
    if answers; then
      echo "policy-graph is up at $url (GraphQL and its IDE at $url/graphql); stop with: make down" >&2
      return 0
    fi
    if [ -z "$(running_pid)" ]; then
      echo "serve.sh: the API exited while starting; $log_file ends with:" >&2
      tail -n 20 "$log_file" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "serve.sh: the API did not answer at $url/health within 120 s; see $log_file" >&2
  return 1
}

stop() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    rm -f "$pid_file"
    echo "API was not running" >&2
    return 0
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$pid_file"
  echo "API stopped (pid $pid)" >&2
}

status() {
  local pid
  pid="$(running_pid)"
  if [ -n "$pid" ]; then echo "API running (pid $pid) at $url"; else echo "API stopped"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/serve.sh start|stop|status" >&2; exit 2 ;;
esac
