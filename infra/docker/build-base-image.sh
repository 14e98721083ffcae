#!/usr/bin/env bash
# Builds localhost/kc-base:bookworm, a stand-in for node:20-bookworm-slim on machines that cannot pull
# from a container registry: Debian bookworm from debootstrap (minbase) plus this machine's Node and npm
# (Node 20 is not in bookworm; the host binary links against the same glibc), and a `node` user (uid 1000)
# as in the official image. The rootfs is cached, so a second run only re-imports when Node changed.
#   bash infra/docker/build-base-image.sh            prints the image name
#   docker-compose / podman build --build-arg NODE_IMAGE=localhost/kc-base:bookworm ...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/podman-env.sh"
ensure_container_tools

IMAGE="${KC_BASE_IMAGE:-localhost/kc-base:bookworm}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/khuyencong"
ROOTFS="$CACHE_DIR/debootstrap-bookworm-minbase"
NODE_BIN="$(readlink -f "$(command -v node)")"
NPM_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")" # .../node_modules/npm
NODE_VERSION="$("$NODE_BIN" --version)"

if [[ ! -f "$ROOTFS/.complete" ]]; then
  echo "debootstrap bookworm (minbase) into $ROOTFS (first run only, about 2 minutes)" >&2
  rm -rf "$ROOTFS"
  debootstrap --variant=minbase bookworm "$ROOTFS" http://deb.debian.org/debian >"$CACHE_DIR/logs/debootstrap.log" 2>&1 \
    || { tail -n 20 "$CACHE_DIR/logs/debootstrap.log" >&2; exit 1; }
  # ca-certificates: npm and fetch() need them; nothing else is added (apt caches dropped)
  chroot "$ROOTFS" sh -c 'apt-get install -y -qq --no-install-recommends ca-certificates >/dev/null && apt-get clean && rm -rf /var/lib/apt/lists/*'
  touch "$ROOTFS/.complete"
fi

CA_SUM="$(cat /usr/local/share/ca-certificates/*.crt 2>/dev/null | sha256sum | cut -c1-16)"
if podman image exists "$IMAGE" && [[ "$(podman image inspect -f '{{index .Labels "kc.base"}}' "$IMAGE")" == "$NODE_VERSION-$CA_SUM" ]]; then
  echo "$IMAGE"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/usr/local/bin" "$work/usr/local/lib/node_modules"
cp "$NODE_BIN" "$work/usr/local/bin/node"
cp -a "$NPM_DIR" "$work/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/usr/local/bin/npx"
# The host's extra certificate authorities (a TLS-inspecting proxy in front of the package registries, as on
# this machine): without them `npm ci` in the image fails with SELF_SIGNED_CERT_IN_CHAIN.
mkdir -p "$work/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$work/usr/local/share/ca-certificates/" 2>/dev/null || true
tar -C "$ROOTFS" --exclude=./.complete -c . | podman import - localhost/kc-base-rootfs:bookworm >/dev/null
cat >"$work/Containerfile" <<'DOCKERFILE'
FROM localhost/kc-base-rootfs:bookworm
COPY usr/local /usr/local
RUN update-ca-certificates >/dev/null \
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
DOCKERFILE
podman build --quiet --label "kc.base=$NODE_VERSION-$CA_SUM" -t "$IMAGE" "$work" >/dev/null
echo "$IMAGE"
