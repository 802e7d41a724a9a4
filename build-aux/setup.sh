#!/bin/sh
# Shared by build-aux/run and build-aux/test: installs the packages of
# build-aux/packages.txt that are missing (apt, as root or through sudo),
# then configures _build and builds it.
#
#   build-aux/setup.sh [MESON_OPTION...]      e.g. -Dwerror=true
#
# Options given are applied to _build (a reconfigure when it exists);
# without options an existing _build keeps the ones it has.
set -eu
cd "$(dirname "$0")/.."

packages=$(sed -e 's/#.*//' build-aux/packages.txt | tr -s ' \t\n' '  ')

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: dpkg-query not found; this script installs packages on Debian or Ubuntu." >&2
  echo "setup: elsewhere install the equivalents of build-aux/packages.txt yourself." >&2
  exit 1
fi

# One dpkg-query for the whole list: fast when everything is there.
# shellcheck disable=SC2086
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $packages 2>/dev/null \
              | awk '$2 == "installed" { print $1 }' || true)
missing=
for package in $packages; do
  if ! printf '%s\n' "$installed" | grep -qxF "$package"; then
    missing="$missing $package"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=
  elif command -v sudo >/dev/null 2>&1; then
    as_root=sudo
  else
    echo "setup: missing packages:$missing" >&2
    echo "setup: run this as root or install sudo." >&2
    exit 1
  fi
  echo "setup: installing$missing"
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi

if [ -f _build/meson-private/coredata.dat ]; then
  if [ $# -gt 0 ]; then
    meson setup --reconfigure _build "$@"
  fi
else
  meson setup _build "$@"
fi
meson compile -C _build
