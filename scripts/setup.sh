#!/usr/bin/env bash
# Installs what a fresh machine lacks for policy-graph: node modules, a Java 17 JDK and Maven,
# the Neo4j jars (graph/launcher/fetch.sh), Chromium and CJK fonts for the browser tests and
# screenshots, OCR and LibreOffice for scanned and office documents, and wrk for the API bench.
# Idempotent: when everything is in place it prints one line and takes a few seconds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { echo "setup: $*" >&2; }

apt_updated=""
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$apt_updated" ]; then $sudo apt-get update -qq; apt_updated=1; fi
  say "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# Current = installed by this script from the same lock file, or npm ls finds every dependency.
node_modules_current() {
  [ -d node_modules ] || return 1
  [ -f node_modules/.policy-graph-lock ] && cmp -s package-lock.json node_modules/.policy-graph-lock && return 0
  npm ls --depth=0 >/dev/null 2>&1
}

install_node_modules() {
  if node_modules_current; then return 0; fi
  say "npm ci (node_modules missing or out of date)"
  local log
  log="$(mktemp)"
  if ! npm ci --no-audit --no-fund --loglevel=error 2>"$log"; then
    grep -q 'EUSAGE' "$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    # npm 11 can reject its own lock file when platform-specific optional packages (other OSes'
    # @swc/core-*, @rollup/rollup-*) are left out of it; npm install then installs the same
    # locked versions without changing the lock file.
    say "npm ci refused the lock file; installing the locked versions with npm install"
    npm install --no-audit --no-fund --loglevel=error
  fi
  rm -f "$log"
  cp package-lock.json node_modules/.policy-graph-lock
}

install_java_and_maven() {
  compgen -G '/usr/lib/jvm/java-17*/bin/javac' >/dev/null || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null || apt_install maven
}

install_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium
}

# Chinese glyphs for the page and its screenshots: without them Chromium draws empty boxes
install_cjk_fonts() {
  dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' || apt_install fonts-noto-cjk
}

# Reading scanned documents and office files: tesseract with its Chinese models (OCR), poppler's
# pdftoppm (renders scanned PDF pages for it), LibreOffice headless (.doc, .wps, .rtf, .xls, .xlsx)
install_document_tools() {
  local missing=() pkg
  for pkg in tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] || apt_install --no-install-recommends "${missing[@]}"
}

# the API bench's HTTP load generator (and its test)
install_wrk() {
  command -v wrk >/dev/null || apt_install wrk
}

install_node_modules
install_java_and_maven
if [ -n "${NEO4J_URI:-}" ]; then
  say "NEO4J_URI is set: the local Neo4j is fetched only when a test or command starts one"
else
  graph/launcher/fetch.sh >/dev/null
fi
install_chromium
install_cjk_fonts
install_document_tools
install_wrk
say "ready (node $(node --version), Neo4j $(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' graph/launcher/pom.xml), $(/usr/bin/chromium --version 2>/dev/null | head -1))"
