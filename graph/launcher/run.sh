#!/usr/bin/env bash
# Runs the embedded Neo4j in the foreground: run.sh --home DIR [--port N] [--pagecache 1g] [--set k=v] [--watch-pid PID]
# The heap comes from NEO4J_HEAP (default 2g); the password for user neo4j from NEO4J_INITIAL_PASSWORD;
# extra JVM flags from NEO4J_JAVA_OPTS (tests pass -XX:TieredStopAtLevel=1: half the start-up CPU).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="" classes="" java=""
while IFS='=' read -r key value; do
  case "$key" in
    lib) lib="$value" ;;
    classes) classes="$value" ;;
    java) java="$value" ;;
  esac
done < <("$here/fetch.sh")

heap="${NEO4J_HEAP:-2g}"
read -r -a extra_opts <<<"${NEO4J_JAVA_OPTS:-}"
exec "$java" -Xms256m -Xmx"$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError "${extra_opts[@]}" \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -Dfile.encoding=UTF-8 \
  -cp "$classes:$lib/*" Launcher "$@"
