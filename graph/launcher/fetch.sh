#!/usr/bin/env bash
# Fetches the jars of the Neo4j version pinned in pom.xml into a cache outside git and compiles
# Launcher.java against them. Does nothing when both are already there. Prints, on stdout:
#   version=5.26.x  lib=<folder of jars>  classes=<folder holding Launcher.class>  java=<java 17>
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml")"
cache="${POLICY_GRAPH_CACHE:-$HOME/.cache/policy-graph}/neo4j-$version"
lib="$cache/lib"

# Neo4j 5.26 runs on Java 17 or 21, not on newer ones that may also be installed.
find_java17() {
  local candidate
  for candidate in "${JAVA17_HOME:-}" /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/java-17*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then echo "$candidate"; return 0; fi
  done
  echo "fetch.sh: no Java 17 JDK found under /usr/lib/jvm (set JAVA17_HOME)" >&2
  return 1
}
java_home="$(find_java17)"

copy_jars() {
  local status=0
  JAVA_HOME="$java_home" mvn -B -q -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$1" >"$cache/maven.log" 2>&1 || status=$?
  # Maven prints its errors on stdout, with colour codes even in batch mode.
  sed 's/\x1b\[[0-9;]*m//g' "$cache/maven.log" | grep -v '^[[:space:]]*$' >&2 || true
  return "$status"
}

fetch_jars() {
  local partial="$cache/lib.partial"
  echo "fetch.sh: fetching Neo4j $version jars from Maven Central into $lib" >&2
  rm -rf "$partial"
  # Maven Central sometimes answers a burst with 429: one retry after a pause.
  if ! copy_jars "$partial"; then
    echo "fetch.sh: Maven failed, retrying once in 10 s" >&2
    sleep 10
    rm -rf "$partial"
    copy_jars "$partial"
  fi
  rm -rf "$lib"
  mv "$partial" "$lib"
  touch "$lib/.complete"
}

compile_launcher() {
  local sum classes
  sum="$(sha256sum "$here/Launcher.java" | cut -c1-16)"
  classes="$cache/classes-$sum"
  if [ ! -f "$classes/Launcher.class" ]; then
    rm -rf "$classes.partial"
    "$java_home/bin/javac" -nowarn -cp "$lib/*" -d "$classes.partial" "$here/Launcher.java" >&2
    mv "$classes.partial" "$classes"
  fi
  echo "$classes"
}

mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9  # one fetch at a time per cache folder
[ -f "$lib/.complete" ] || fetch_jars
classes="$(compile_launcher)"

echo "version=$version"
echo "lib=$lib"
echo "classes=$classes"
echo "java=$java_home/bin/java"
