#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages recmap needs, only those missing. Safe to re-run.
# Packages named as arguments are installed too (scripts/fuzz.sh adds clang and libFuzzer).
set -euo pipefail

packages=(
    cmake g++ make pkg-config git
    libgdal-dev gdal-bin libsqlite3-dev zlib1g-dev
    libepoxy-dev libegl-dev libegl-mesa0 libgl1-mesa-dri libglu1-mesa-dev
    libglfw3-dev libimgui-dev libfreetype-dev fonts-dejavu-core
    libgtest-dev xvfb xauth
    # The clients the exports are tested in: the HTML page in headless Chromium, the
    # GeoPackage in QGIS (tests/clients/).
    chromium chromium-driver python3-selenium python3-qgis
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "recmap: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
