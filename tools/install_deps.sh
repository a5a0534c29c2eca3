#!/usr/bin/env bash
# Installs the Debian 12 packages Weft's build and tests need, skipping those already present.
# Usage: tools/install_deps.sh [host|cortex-m|all]   (default: host)
set -euo pipefail

HOST_PKGS=(make cmake ninja-build g++ python3 googletest libgtest-dev libbenchmark-dev time)
CORTEX_M_PKGS=(gcc-arm-none-eabi libstdc++-arm-none-eabi-newlib binutils-arm-none-eabi)

case "${1:-host}" in
  host) wanted=("${HOST_PKGS[@]}") ;;
  cortex-m) wanted=("${CORTEX_M_PKGS[@]}") ;;
  all) wanted=("${HOST_PKGS[@]}" "${CORTEX_M_PKGS[@]}") ;;
  *) echo "usage: $0 [host|cortex-m|all]" >&2; exit 2 ;;
esac

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for pkg in "${wanted[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "install_deps: missing packages (${missing[*]}) and no apt-get: install them by hand" >&2
  exit 1
fi

# Root installs directly; anyone else goes through sudo when it exists.
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "install_deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install_deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
