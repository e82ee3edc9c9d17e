#!/usr/bin/env bash
# A real image builder for the tests, also usable by hand: BuildKit's buildkitd (OCI worker, native
# snapshotter, no Docker engine needed), the buildx CLI plugin, and a registry on 127.0.0.1.
#
#   buildkit.sh provision    installs runc, docker-registry and a docker CLI when missing (apt), and
#                            builds buildkitd, buildctl and buildx once per version into the cache
#                            folder (outside the clone, so later runs on the same machine reuse them)
#   buildkit.sh start DIR    starts buildkitd and the registry with all their state under DIR, creates
#                            a buildx builder (remote driver) in DIR/docker-config, and prints the
#                            settings as KEY=VALUE lines (also in DIR/env)
#   buildkit.sh stop DIR     stops both by the PIDs recorded in DIR
#
# Cache folder: $SETUP_GO_GOLDEN_CACHE, else $XDG_CACHE_HOME/setup-go-golden, else ~/.cache/setup-go-golden.
set -euo pipefail

BUILDKIT_VERSION=v0.34.2
BUILDX_VERSION=v0.38.2
BUILDER_NAME=sgg-buildkit

cache_root=${SETUP_GO_GOLDEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/setup-go-golden}
buildkit_bin=$cache_root/buildkit-$BUILDKIT_VERSION
buildx_bin=$cache_root/buildx-$BUILDX_VERSION

have() { command -v "$1" >/dev/null 2>&1; }
say() { echo "buildkit.sh: $*" >&2; }
die() { say "$*"; exit 1; }

install_packages() {
  local packages=()
  have runc || packages+=(runc)
  have docker-registry || packages+=(docker-registry)
  have docker || packages+=(docker.io)
  [ "${#packages[@]}" -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || die "missing ${packages[*]}: install them (apt-get install ${packages[*]}) or run as root"
  say "installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

# Builds into a scratch folder and renames it into place, so a stopped build never leaves a half
# folder that a later run would take as done.
build_buildkit() {
  [ -x "$buildkit_bin/buildkitd" ] && [ -x "$buildkit_bin/buildctl" ] && return
  say "building buildkitd and buildctl $BUILDKIT_VERSION (minutes on 2 cores)"
  local module work started=$SECONDS
  module=$(go mod download -json "github.com/moby/buildkit@$BUILDKIT_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -d "$module" ] || die "go mod download github.com/moby/buildkit@$BUILDKIT_VERSION gave no module folder"
  work=$(mktemp -d "$cache_root/.buildkit-build.XXXXXX")
  # go install refuses modules whose go.mod has exclude directives: build inside a copy instead.
  cp -r "$module" "$work/src"
  chmod -R u+w "$work/src"
  (cd "$work/src" && go build -o "$work/bin/" \
    -ldflags "-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION" ./cmd/buildkitd ./cmd/buildctl)
  rm -rf "$buildkit_bin"
  mv "$work/bin" "$buildkit_bin"
  rm -rf "$work"
  say "built buildkitd and buildctl in $((SECONDS - started)) s"
}

build_buildx() {
  [ -x "$buildx_bin/docker-buildx" ] && return
  say "building buildx $BUILDX_VERSION"
  local work started=$SECONDS
  work=$(mktemp -d "$cache_root/.buildx-build.XXXXXX")
  # The version is stamped so tools that read `docker buildx version` see a real one.
  GOBIN=$work/bin go install -ldflags "-X github.com/docker/buildx/version.Version=$BUILDX_VERSION" \
    "github.com/docker/buildx/cmd/buildx@$BUILDX_VERSION"
  mv "$work/bin/buildx" "$work/bin/docker-buildx"
  rm -rf "$buildx_bin"
  mv "$work/bin" "$buildx_bin"
  rm -rf "$work"
  say "built buildx in $((SECONDS - started)) s"
}

# The plugin in one docker config folder's cli-plugins, where the docker CLI looks for it.
link_plugin() {
  mkdir -p "$1/cli-plugins"
  ln -sfn "$buildx_bin/docker-buildx" "$1/cli-plugins/docker-buildx"
}

provision() {
  mkdir -p "$cache_root"
  # One provisioning at a time: the test runner starts one in the background and the fixture waits here.
  exec 9>"$cache_root/.provision.lock"
  flock 9
  install_packages
  build_buildkit
  build_buildx
  link_plugin "${DOCKER_CONFIG:-$HOME/.docker}"
}

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Waits until "$@" succeeds, at most $1 seconds; fails with the log named in $2.
wait_for() {
  local seconds=$1 log=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || die "not ready after ${seconds}s: $* (log: $log)
$(tail -n 20 "$log" 2>/dev/null)"
    sleep 0.2
  done
}

registry_up() { curl -fsS "http://$1/v2/" -o /dev/null; }

start() {
  local dir=$1
  [ -x "$buildkit_bin/buildkitd" ] && [ -x "$buildx_bin/docker-buildx" ] || die "not provisioned: run $0 provision first"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ -e "$dir/buildkitd.pid" ] && die "$dir already has a running builder (stop it first)"
  local port registry socket
  port=$(free_port)
  registry=127.0.0.1:$port
  socket=$dir/buildkitd.sock

  # Its own config: Debian's packaged one turns htpasswd authentication on.
  cat >"$dir/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/registry
  delete:
    enabled: true
http:
  addr: $registry
EOF
  docker-registry serve "$dir/registry.yml" >"$dir/registry.log" 2>&1 &
  echo $! >"$dir/registry.pid"

  cat >"$dir/buildkitd.toml" <<EOF
root = "$dir/buildkit"
[grpc]
  address = ["unix://$socket"]
[worker.oci]
  enabled = true
  snapshotter = "native"
[worker.containerd]
  enabled = false
[registry."$registry"]
  http = true
EOF
  PATH=$buildkit_bin:$PATH buildkitd --config "$dir/buildkitd.toml" >"$dir/buildkitd.log" 2>&1 &
  echo $! >"$dir/buildkitd.pid"

  wait_for 30 "$dir/registry.log" registry_up "$registry"
  wait_for 60 "$dir/buildkitd.log" "$buildkit_bin/buildctl" --addr "unix://$socket" debug workers

  local config=$dir/docker-config
  link_plugin "$config"
  DOCKER_CONFIG=$config docker buildx create --name "$BUILDER_NAME" --driver remote "unix://$socket" >/dev/null
  DOCKER_CONFIG=$config docker buildx inspect --bootstrap "$BUILDER_NAME" >/dev/null
  {
    echo "REGISTRY=$registry"
    echo "BUILDKIT_HOST=unix://$socket"
    echo "DOCKER_CONFIG=$config"
    echo "BUILDX_BUILDER=$BUILDER_NAME"
  } | tee "$dir/env"
}

stop_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop() {
  stop_pid "$1/buildkitd.pid"
  stop_pid "$1/registry.pid"
}

case "${1:-}" in
  provision) provision ;;
  start) [ $# -eq 2 ] || die "usage: $0 start DIR"; start "$2" ;;
  stop) [ $# -eq 2 ] || die "usage: $0 stop DIR"; stop "$2" ;;
  *) die "usage: $0 provision | start DIR | stop DIR" ;;
esac
