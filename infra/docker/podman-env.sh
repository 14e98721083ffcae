# shellcheck shell=bash
# Source it: points podman (and podman-compose, which runs podman) at infra/docker/containers.conf, and
# installs podman, runc, debootstrap and podman-compose from Debian when one is missing (needs root).
DOCKER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CONTAINERS_CONF="$DOCKER_DIR/containers.conf"

ensure_container_tools() {
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v runc >/dev/null || missing+=(runc)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v podman-compose >/dev/null || missing+=(podman-compose)
  ((${#missing[@]} == 0)) && return 0
  echo "installing ${missing[*]} from Debian" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
