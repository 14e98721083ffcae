# shellcheck shell=bash
# Source it: points podman (and podman-compose, which runs podman) at infra/docker/containers.conf, and
# installs podman, runc and debootstrap from Debian when one is missing (needs root), and podman-compose
# from PyPI into a venv of the machine's cache: Debian bookworm's podman-compose 1.0.3 adds the project
# network to `network_mode: host` containers, which podman refuses. $PODMAN_COMPOSE is its path.
DOCKER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CONTAINERS_CONF="$DOCKER_DIR/containers.conf"
PODMAN_COMPOSE_VENV="${XDG_CACHE_HOME:-$HOME/.cache}/khuyencong/podman-compose-venv"
PODMAN_COMPOSE_VERSION="${PODMAN_COMPOSE_VERSION:-1.6.0}"
export PODMAN_COMPOSE="$PODMAN_COMPOSE_VENV/bin/podman-compose"

ensure_container_tools() {
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v runc >/dev/null || missing+=(runc)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  if ((${#missing[@]} > 0)); then
    echo "installing ${missing[*]} from Debian" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if ! "$PODMAN_COMPOSE" version 2>/dev/null | grep -q "podman-compose version $PODMAN_COMPOSE_VERSION"; then
    echo "installing podman-compose $PODMAN_COMPOSE_VERSION from PyPI into $PODMAN_COMPOSE_VENV" >&2
    python3 -m venv "$PODMAN_COMPOSE_VENV" && "$PODMAN_COMPOSE_VENV/bin/pip" install -q "podman-compose==$PODMAN_COMPOSE_VERSION"
  fi
}
