# Source this file: it puts Node.js 24 first on PATH. When the machine's node is older, it
# installs the npm registry's `node` package (which carries the official binary) into a
# cache under the home folder, once, and uses that. Nothing is fetched from anywhere else.
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
node24_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [ "$(node24_major)" != "24" ]; then
  node24_prefix="${XDG_CACHE_HOME:-$HOME/.cache}/disclosure-tracker/node-$NODE24_VERSION"
  if [ ! -x "$node24_prefix/node_modules/node/bin/node" ]; then
    echo "Installing Node.js $NODE24_VERSION from the npm registry into $node24_prefix" >&2
    mkdir -p "$node24_prefix"
    npm install --prefix "$node24_prefix" --no-save --no-audit --no-fund "node@$NODE24_VERSION" >&2 || {
      echo "Could not install Node.js $NODE24_VERSION from the npm registry; install Node 24 and retry." >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$node24_prefix/node_modules/node/bin:$PATH"
fi
if [ "$(node24_major)" != "24" ]; then
  echo "Node.js 24 is required, found $(node --version 2>/dev/null || echo none)." >&2
  return 1 2>/dev/null || exit 1
fi
