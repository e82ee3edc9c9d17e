#!/usr/bin/env bash
# Runners nobody here wrote, for the tests and by hand: nektos/act and Gitea's fork of it (the engine
# of Gitea's act_runner, and through it of Forgejo's runner), built from the Go module proxy.
#
#   act.sh provision      builds both once per version into the cache folder (outside the clone, so
#                         later runs on the same machine reuse them); minutes on a cold machine
#   act.sh path nektos    prints the nektos/act binary (provisions it first when missing)
#   act.sh path gitea     prints Gitea's act binary (the same)
#
# Cache folder: $SETUP_GO_GOLDEN_CACHE, else $XDG_CACHE_HOME/setup-go-golden, else ~/.cache/setup-go-golden.
set -euo pipefail

NEKTOS_MODULE=github.com/nektos/act
NEKTOS_VERSION=v0.2.89
GITEA_MODULE=gitea.com/gitea/act
GITEA_VERSION=v0.261.10

cache_root=${SETUP_GO_GOLDEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/setup-go-golden}

say() { echo "act.sh: $*" >&2; }
die() { say "$*"; exit 1; }

module_of() {
  case "$1" in
    nektos) echo "$NEKTOS_MODULE $NEKTOS_VERSION" ;;
    gitea) echo "$GITEA_MODULE $GITEA_VERSION" ;;
    *) die "unknown act '$1': use nektos or gitea" ;;
  esac
}

bin_dir() {
  local module version
  read -r module version < <(module_of "$1")
  echo "$cache_root/act-$1-$version"
}

# `go mod download` (outside any module) fetches the zip from GOPROXY and checks its h1 against the
# checksum database (GOSUMDB, reached through the proxy when the database host is not): a tampered
# zip stops here. It accepts Gitea's module although its go.mod says `module github.com/nektos/act`;
# `go install module@version` would refuse that mismatch, so both are built inside a copy.
build_act() {
  local name=$1 module version dir
  read -r module version < <(module_of "$name")
  dir=$(bin_dir "$name")
  [ -x "$dir/act" ] && return
  say "building $module $version (minutes on 2 cores)"
  local source work started=$SECONDS
  [ "$(go env GOSUMDB)" != off ] || die "GOSUMDB=off: $module@$version would go unchecked; unset it to build act"
  # A GOPRIVATE, GONOSUMDB, GOINSECURE or GOFLAGS of the machine must not skip that check either.
  source=$(cd "$cache_root" && GOPRIVATE= GONOSUMDB= GOINSECURE= GOFLAGS= go mod download -json "$module@$version" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -d "$source" ] || die "go mod download $module@$version gave no module folder"
  work=$(mktemp -d "$cache_root/.act-$name-build.XXXXXX")
  cp -r "$source" "$work/src"
  chmod -R u+w "$work/src"
  # Stamped as their Makefiles do, so `act --version` names the release: without it Gitea's prints
  # its embedded VERSION file, 0.2.61 (the nektos/act release its v0.261.x tags are based on).
  (cd "$work/src" && GOFLAGS=-buildvcs=false go build -trimpath -ldflags "-X main.version=${version#v}" -o "$work/bin/act" .)
  rm -rf "$dir"
  mv "$work/bin" "$dir"
  rm -rf "$work"
  say "built $module $version in $((SECONDS - started)) s"
}

provision() {
  mkdir -p "$cache_root"
  # One provisioning at a time: the test runner starts one in the background and the tests wait here.
  exec 9>"$cache_root/.act-provision.lock"
  flock 9
  build_act nektos
  build_act gitea
}

case "${1:-}" in
  provision) provision ;;
  path)
    [ $# -eq 2 ] || die "usage: $0 path nektos|gitea"
    module_of "$2" >/dev/null
    [ -x "$(bin_dir "$2")/act" ] || provision
    echo "$(bin_dir "$2")/act"
    ;;
  *) die "usage: $0 provision | path nektos|gitea" ;;
esac
