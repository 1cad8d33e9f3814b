#!/usr/bin/env bash
# Reproduces a newcomer on this machine: a fresh clone of HEAD in a temp folder,
# the machine's own (old) Node first on PATH, no system Chromium or nginx visible,
# then exactly the README's two commands. Not part of `npm test` (it installs
# and builds from scratch); run it with `npm run proef:nieuwkomer` or directly.
#
# As root it re-runs itself in a private mount namespace (unshare -m) in which
# /usr/bin/chromium and nginx are hidden behind empty files; nothing outside
# the namespace changes. Prints a summary with timings at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

if [ "${MBO030_PROOF_INSIDE:-}" != 1 ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  exec env MBO030_PROOF_INSIDE=1 unshare -m --propagation private bash "$0" "$@"
fi
if [ "${MBO030_PROOF_INSIDE:-}" = 1 ]; then
  for hidden in /usr/bin/chromium /usr/lib/chromium/chromium /usr/sbin/nginx /usr/bin/nginx; do
    if [ -e "$hidden" ]; then mount --bind /dev/null "$hidden"; echo "verborgen: $hidden"; fi
  done
fi

# Only the machine's own Node: drop every PATH entry that holds a newer node.
clean_path=""
IFS=: read -ra parts <<<"$PATH"
for dir in "${parts[@]}"; do
  case "$dir" in *node_modules*|*mbo030-node*) continue ;; esac
  clean_path="${clean_path:+$clean_path:}$dir"
done
export PATH="$clean_path"
unset CHROMIUM_PATH MBO030_BROWSER CI
echo "Node van de machine: $(node --version), npm $(npm --version)"
echo "Chromium van het systeem: $(command -v chromium >/dev/null && [ -s "$(command -v chromium)" ] && echo ja || echo nee), nginx: $( [ -s /usr/sbin/nginx ] && echo ja || echo nee)"

work="$(mktemp -d /tmp/mbo030-nieuwkomer-XXXX)"
git clone --quiet "$repo" "$work/mbo030"
cd "$work/mbo030"
port=$((20000 + RANDOM % 5000))
seconds() { date +%s; }

t0=$(seconds)
npm install --no-audit --no-fund >"$work/install.log" 2>&1
t1=$(seconds)
echo "npm install: $((t1 - t0)) s ($(grep -c EBADENGINE "$work/install.log" || true) EBADENGINE-regels van de oude npm; waarschuwingen over install-scripts: $(grep -c 'install-scripts' "$work/install.log" || true))"

PORT=$port setsid npm start >"$work/start.log" 2>&1 &
server=$!
until curl -fsS "http://127.0.0.1:$port/" -o /dev/null 2>/dev/null; do
  if ! kill -0 "$server" 2>/dev/null; then echo "npm start stopte:"; tail -30 "$work/start.log"; exit 1; fi
  sleep 1
done
t2=$(seconds)
story=$(curl -fsS "http://127.0.0.1:$port/verhalen/" | grep -o 'href="/verhalen/[a-z0-9-]*/"' | head -1 | cut -d'"' -f2)
curl -fsS "http://127.0.0.1:$port$story" | grep -q '<h1' || { echo "verhaal $story niet goed"; exit 1; }
echo "npm start: $((t2 - t1)) s tot / antwoordt; verhaal $story geladen; $(grep -m1 '^Node ' "$work/start.log")"
kill -- -"$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true

npm test >"$work/test.log" 2>&1 && result=geslaagd || result=MISLUKT
t3=$(seconds)
echo "npm test: $((t3 - t2)) s, $result"
sed 's/\x1b\[[0-9;]*m//g' "$work/test.log" | grep -E '^ *(Test Files|Tests|Duration) |^Node |^overgeslagen:' || true
echo "logboeken: $work/{install,start,test}.log"
[ "$result" = geslaagd ]
