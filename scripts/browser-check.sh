#!/usr/bin/env bash
# Browser check: the real Neo4j Browser served by `paperkg serve`, driven by headless Chromium.
# Installs Debian's chromium and puppeteer-core (scripts/package.json) if missing, imports the example
# listing into a fresh store (or uses PAPERKG_DB if set), starts `./paperkg serve` on free ports, opens the
# Browser, runs MATCH (p:Paper) RETURN count(p), checks the table shows 87 and saves docs/browser.png.
# Not part of .ci/run: it installs a browser and drives a UI, which is too flaky for CI.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
expected="${EXPECTED:-87}"
shot="${SCREENSHOT:-$root/docs/browser.png}"

if ! command -v chromium >/dev/null; then
  echo "browser-check: installing chromium (Debian package)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$root/scripts/node_modules/puppeteer-core" ]; then
  echo "browser-check: installing puppeteer-core (npm)" >&2
  (cd "$root/scripts" && npm install --no-audit --no-fund --silent)
fi

work="$(mktemp -d)"
db="${PAPERKG_DB:-$work/db}"
if [ -z "${PAPERKG_DB:-}" ]; then
  echo "browser-check: importing the example listing into $db" >&2
  "$root/paperkg" import --quiet --year 2025 --db "$db" "$root/examples/hf-daily-papers-nov05.txt" >&2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
bolt=$(free_port); http=$(free_port); sparql=$(free_port)
"$root/paperkg" serve --db "$db" --bolt-port "$bolt" --http-port "$http" --sparql-port "$sparql" >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
stop() {
  kill -TERM "$serve_pid" 2>/dev/null || true
  wait "$serve_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
for _ in $(seq 1 120); do
  grep -q "Ctrl-C stops" "$work/serve.out" 2>/dev/null && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 1
done
cat "$work/serve.out"
node "$root/scripts/browser-check.mjs" "http://127.0.0.1:$http/" "$expected" "$shot"
echo "browser-check: ok ($shot)"
